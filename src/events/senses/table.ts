/**
 * data/events/senses.json indexed for lookup: anchors and exceptions by synset id, phrases by their key form,
 * type settings by code. Built once.
 */
import { loadData } from '../../data.ts';
import type { PhraseSpec, Scoring, SensesFile, TypeSpec } from './types.ts';

export interface AnchorEntry {
  type: string;
  anchor: string;
  needsCue: boolean;
  /** Key forms (lower case, '_' between words); undefined when the anchor applies to every lemma. */
  onlyFor: ReadonlySet<string> | undefined;
  maxDepth: number;
}

export interface PhraseEntry extends PhraseSpec {
  type: string;
}

export interface SenseTable {
  scoring: Scoring;
  anchors: ReadonlyMap<string, AnchorEntry[]>;
  /** Synset id → types it stops. */
  excepts: ReadonlyMap<string, string[]>;
  /** Phrase key ("find_guilty") → entries. */
  phrases: ReadonlyMap<string, PhraseEntry[]>;
  types: ReadonlyMap<string, TypeSpec>;
}

/** The key form shared by phrases, onlyFor lists and WordNet lemmas. */
export function keyForm(text: string): string {
  return text.trim().toLowerCase().split(/[\s_]+/).filter(Boolean).join('_');
}

function push<V>(map: Map<string, V[]>, key: string, value: V): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else list.push(value);
}

function build(file: SensesFile): SenseTable {
  const anchors = new Map<string, AnchorEntry[]>();
  const excepts = new Map<string, string[]>();
  const phrases = new Map<string, PhraseEntry[]>();
  const types = new Map<string, TypeSpec>();
  for (const spec of file.types) {
    types.set(spec.type, spec);
    for (const anchor of spec.anchors) {
      push(anchors, anchor.synset, {
        type: spec.type,
        anchor: anchor.synset,
        needsCue: anchor.needsCue ?? spec.needsCue ?? false,
        onlyFor: anchor.onlyFor === undefined ? undefined : new Set(anchor.onlyFor.map(keyForm)),
        maxDepth: anchor.maxDepth ?? Infinity,
      });
    }
    for (const except of spec.except ?? []) push(excepts, except.synset, spec.type);
    for (const phrase of spec.phrases ?? []) push(phrases, keyForm(phrase.match), { ...phrase, type: spec.type });
  }
  return { scoring: file.scoring, anchors, excepts, phrases, types };
}

let table: SenseTable | undefined;

export function senseTable(): SenseTable {
  table ??= build(loadData<SensesFile>('events/senses.json'));
  return table;
}
