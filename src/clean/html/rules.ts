/**
 * The rule tables of data/html/boilerplate.json, compiled once into sets and regular expressions.
 */
import { loadData } from '../../data.ts';

interface RawRules {
  blockTags: string[];
  dropTags: Record<string, string[]>;
  classRules: { rule: string; pattern: string }[];
  keep: string;
  contentHints: string;
  roleRules: Record<string, string[]>;
  boilerplateLines: string[];
}

export interface HtmlRules {
  blockTags: Set<string>;
  /** tag → rule name */
  dropTags: Map<string, string>;
  classRules: { rule: string; pattern: RegExp }[];
  /** All class rules in one expression: most names match none, and one test rejects them. */
  anyClassRule: RegExp;
  keep: RegExp;
  contentHints: RegExp;
  /** ARIA role → rule name */
  roles: Map<string, string>;
  boilerplateLines: RegExp[];
}

let compiled: HtmlRules | undefined;

export function htmlRules(): HtmlRules {
  if (compiled) return compiled;
  const raw = loadData<RawRules>('html/boilerplate.json');
  const dropTags = new Map<string, string>();
  for (const [rule, tags] of Object.entries(raw.dropTags)) for (const tag of tags) dropTags.set(tag, rule);
  const roles = new Map<string, string>();
  for (const [rule, names] of Object.entries(raw.roleRules)) for (const name of names) roles.set(name, rule);
  compiled = {
    blockTags: new Set(raw.blockTags),
    dropTags,
    classRules: raw.classRules.map((r) => ({ rule: r.rule, pattern: new RegExp(r.pattern, 'i') })),
    anyClassRule: new RegExp(raw.classRules.map((r) => `(?:${r.pattern})`).join('|'), 'i'),
    keep: new RegExp(raw.keep, 'i'),
    contentHints: new RegExp(raw.contentHints, 'i'),
    roles,
    boilerplateLines: raw.boilerplateLines.map((p) => new RegExp(p, 'i')),
  };
  return compiled;
}
