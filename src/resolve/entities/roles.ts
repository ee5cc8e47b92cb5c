/**
 * Roles written beside a name: the words just before it ("his spokesman Jen Zaki", "Secretary of State Antony
 * Blinken") and an apposition after it ("Antony Blinken, Secretary of State,"). The window stops at the previous
 * name in the sentence so one person's title is not lent to the next ("Blinken and Foreign Minister Lavrov").
 */
import type { AnnotatedDocument, EntityMention } from '../../model.ts';
import { loadData } from '../../data.ts';

interface RoleClass {
  id: string;
  label: string;
  patterns: string[];
  weak?: boolean;
}

const WINDOW = 50;

export function roleClasses(): RoleClass[] {
  return loadData<{ classes: RoleClass[] }>('resolve/roles.json').classes;
}

/** Ids of the classes that identify one person (not shared by many at once). */
export function strongRoleClasses(): Set<string> {
  return new Set(roleClasses().filter((c) => !c.weak).map((c) => c.id));
}

export function rolesAround(doc: AnnotatedDocument, mention: EntityMention): { classes: string[]; phrases: string[] } {
  // The mention itself may carry the title ("White House Press Secretary Jen Psaki").
  const text = `${before(doc, mention)} ${mention.text} | ${after(doc, mention)}`.toLowerCase();
  const classes: string[] = [];
  const phrases: string[] = [];
  for (const c of roleClasses()) {
    const hit = c.patterns.find((p) => wordPattern(p).test(text));
    if (!hit) continue;
    // "vice president" must not also count as "president".
    if (c.id === 'head-of-state' && /\bvice[- ]president\b/.test(text)) continue;
    classes.push(c.id);
    phrases.push(hit);
  }
  return { classes, phrases };
}

function before(doc: AnnotatedDocument, mention: EntityMention): string {
  const sentence = doc.sentences[mention.sentence];
  let start = Math.max(sentence?.start ?? 0, mention.start - WINDOW);
  for (const other of mentionsOfSentence(doc, mention.sentence)) {
    if (other.end <= mention.start && other.end > start && other.key !== mention.key) start = other.end;
  }
  return doc.text.slice(start, mention.start);
}

const bySentence = new WeakMap<AnnotatedDocument, Map<number, EntityMention[]>>();

/** A document's mentions of one sentence, in document order (indexed once per document: no scan per mention). */
function mentionsOfSentence(doc: AnnotatedDocument, sentence: number): EntityMention[] {
  let index = bySentence.get(doc);
  if (!index) {
    index = new Map();
    for (const m of doc.mentions) {
      const list = index.get(m.sentence);
      if (list) list.push(m);
      else index.set(m.sentence, [m]);
    }
    bySentence.set(doc, index);
  }
  return index.get(sentence) ?? [];
}

function after(doc: AnnotatedDocument, mention: EntityMention): string {
  const rest = doc.text.slice(mention.end, mention.end + WINDOW);
  const apposition = /^\s*,\s*([^,.;:\n]+)/.exec(rest);
  return apposition ? apposition[1]! : '';
}

const wordPatterns = new Map<string, RegExp>();

/** `\b<phrase>\b`, compiled once per phrase. */
function wordPattern(phrase: string): RegExp {
  let re = wordPatterns.get(phrase);
  if (!re) {
    re = new RegExp(`\\b${escape(phrase)}\\b`);
    wordPatterns.set(phrase, re);
  }
  return re;
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
