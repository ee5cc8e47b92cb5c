/** The boilerplate rules of data/boilerplate.json, compiled once. */
import { loadData } from '../data.ts';
import type { MetadataField } from '../model.ts';
import { isBodyParagraph, wordCount } from './lines.ts';

export type RuleScope = 'line' | 'block' | 'trailing' | 'leading';

interface RuleSpec {
  id: string;
  scope: RuleScope;
  regex?: string;
  phrases?: string[];
  maxWords?: number;
  notBody?: boolean;
  candidate?: { field: MetadataField; origin: string };
  description: string;
}

export interface Rule {
  id: string;
  scope: RuleScope;
  candidate: RuleSpec['candidate'] | null;
  /** The rule's match on a line: null, or the candidate value (the first regex group, else the whole line). */
  match: (line: string) => string | null;
}

let compiled: Rule[] | null = null;

export function boilerplateRules(): Rule[] {
  compiled ??= loadData<{ rules: RuleSpec[] }>('boilerplate.json').rules.map(compile);
  return compiled;
}

function compile(spec: RuleSpec): Rule {
  const regex = spec.regex ? new RegExp(spec.regex, 'iu') : null;
  const phrases = new Set((spec.phrases ?? []).map(phraseKey));
  const dateField = spec.candidate?.field === 'published' || spec.candidate?.field === 'modified';
  return {
    id: spec.id,
    scope: spec.scope,
    candidate: spec.candidate ?? null,
    match: (line) => {
      if (spec.maxWords !== undefined && wordCount(line) > spec.maxWords) return null;
      if (spec.notBody && isBodyParagraph(line)) return null;
      if (phrases.has(phraseKey(line))) return line;
      const m = regex?.exec(line);
      if (!m) return null;
      const value = (m.slice(1).find((g) => g !== undefined) ?? m[0]).trim();
      // "Updated figures show 40 deaths." starts like an update line but holds no date.
      if (dateField && !looksLikeDate(value)) return null;
      return value;
    },
  };
}

/** Lower case, inner spaces collapsed, trailing punctuation and arrows ignored: "Related Stories »" → "related stories". */
export function phraseKey(line: string): string {
  return line.toLowerCase().replace(/\s+/g, ' ').replace(/[\s:.…»›>|\-–—]+$/u, '').trim();
}

const MONTH = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?';
const DATEISH = new RegExp(
  `${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?\\b|\\b\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH}|\\b\\d{4}-\\d{2}-\\d{2}|\\b\\d{1,2}[./]\\d{1,2}[./]\\d{2,4}\\b|\\b\\d+\\s+(?:minutes?|mins?|hours?|hrs?|days?)\\s+ago\\b`,
  'i',
);

export function looksLikeDate(value: string): boolean {
  return DATEISH.test(value);
}
