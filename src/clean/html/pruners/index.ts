/**
 * Page-level pruners, in order: the first that names a rule drops the element and its subtree.
 */
import type { Pruner } from './types.ts';
import { nonContent } from './non-content.ts';
import { hidden } from './hidden.ts';
import { semantic } from './semantic.ts';
import { classHints } from './class-hints.ts';
import { nestedArticle } from './nested-article.ts';
import { teaserList } from './teaser-list.ts';

export const PAGE_PRUNERS: readonly Pruner[] = [nonContent, hidden, semantic, classHints, nestedArticle, teaserList];

export type { Pruner, PruneContext } from './types.ts';
