/**
 * Navigation over the dependency tree that the language stage attaches to the tokens (`Token.head`,
 * `Token.deprel`, Universal Dependencies relations). Children lists are built once per document, in token order.
 */
import type { Token } from '../../model.ts';

/** Relations that open a clause of their own: its head is the predicate that clause states. */
const CLAUSAL = new Set(['root', 'ccomp', 'advcl', 'acl', 'acl:relcl', 'csubj', 'csubj:pass', 'parataxis', 'xcomp']);

export interface Tree {
  head(i: number): number;
  deprel(i: number): string;
  children(i: number): readonly number[];
  /** Children of `i` whose relation is one of `rels`; a relation without a subtype ("nsubj") also matches its subtypes ("nsubj:pass"). */
  dependents(i: number, ...rels: string[]): number[];
  /** The head of the clause that holds token i: i itself when it heads one, else the nearest such ancestor. */
  clauseOf(i: number): number;
  /** First and one-past-last token index of the subtree under i (its phrase). */
  subtree(i: number): { start: number; end: number };
  /** Whether i lies in the subtree under `ancestor` (i itself included). */
  dominates(ancestor: number, i: number): boolean;
}

export function buildTree(tokens: readonly Token[]): Tree {
  const kids: number[][] = tokens.map(() => []);
  tokens.forEach((t, i) => {
    if (t.head >= 0 && t.head < tokens.length && t.head !== i) kids[t.head]!.push(i);
  });
  const spans = new Map<number, { start: number; end: number }>();
  const head = (i: number) => tokens[i]?.head ?? -1;
  const deprel = (i: number) => tokens[i]?.deprel ?? '';
  const tree: Tree = {
    head,
    deprel,
    children: (i) => kids[i] ?? [],
    dependents(i, ...rels) {
      return (kids[i] ?? []).filter((k) => rels.some((r) => matches(deprel(k), r)));
    },
    clauseOf(i) {
      let k = i;
      for (let steps = 0; k >= 0 && steps < tokens.length; steps++) {
        if (opensClause(tokens, k)) return k;
        if (head(k) < 0) return k;
        k = head(k);
      }
      return i;
    },
    subtree(i) {
      let span = spans.get(i);
      if (!span) spans.set(i, (span = subtreeSpan(kids, i)));
      return span;
    },
    dominates(ancestor, i) {
      for (let k = i, steps = 0; k >= 0 && steps <= tokens.length; k = head(k), steps++) if (k === ancestor) return true;
      return false;
    },
  };
  return tree;
}

function matches(rel: string, wanted: string): boolean {
  return rel === wanted || (!wanted.includes(':') && rel.startsWith(`${wanted}:`));
}

/** A predicate heads its clause: a clausal relation, or a verb conjoined to one ("met … and signed"). */
function opensClause(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  if (CLAUSAL.has(t.deprel)) return true;
  return t.deprel === 'conj' && (t.pos === 'VERB' || t.pos === 'AUX') && tokens[t.head]?.pos === 'VERB';
}

/** Iterative (input controls the depth of a tree): the lowest and highest index reachable from i. */
function subtreeSpan(kids: readonly number[][], i: number): { start: number; end: number } {
  let lo = i;
  let hi = i;
  const stack = [i];
  // A well-formed tree visits each token once; the bound keeps a malformed one (a cycle) finite.
  for (let visits = 0; stack.length && visits < kids.length; visits++) {
    const k = stack.pop()!;
    if (k < lo) lo = k;
    if (k > hi) hi = k;
    for (const c of kids[k] ?? []) stack.push(c);
  }
  return { start: lo, end: hi + 1 };
}
