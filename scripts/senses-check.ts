/**
 * Measures sense-based event typing (src/events/senses) against what we have:
 *  (a) agreement with the ontology's hand-written one-word triggers (data/events/ontology.json): does
 *      typeBySense put the trigger's own type first? Scored without cues, and with the context words the
 *      trigger itself requires (its before/after lemmas, court or labour words) given as cues;
 *  (b) coverage on TimeBank's EVENT tokens (verbs and nouns): the share that gets some type, and which types;
 *      and, as a check on precision, the share of tokens of words that TimeBank never tags as an event that get
 *      a type when read as nouns (no part of speech is annotated outside events, so this is a rough proxy).
 *
 *   npm run check:senses [-- <folder of .tml>] [--list]
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { typeBySense } from '../src/events/senses/index.ts';

interface Trigger {
  match: string;
  pos?: 'VERB' | 'NOUN';
  when?: string;
  before?: string[];
  after?: string[];
}
interface Ontology {
  types: { code: string; triggers?: Trigger[] }[];
}
interface Cues {
  courtWords: string[];
  labourContext: string[];
  militaryContext: string[];
}

const ROOT = new URL('../', import.meta.url);
const readJson = <T>(relative: string): T => JSON.parse(readFileSync(new URL(relative, ROOT), 'utf8')) as T;
const DEFAULT_TIMEBANK = new URL('../shared/benchmarks/tempeval3-timebank/TimeBank/', ROOT).pathname;

interface TriggerCase {
  word: string;
  pos: 'VERB' | 'NOUN' | undefined;
  types: Set<string>;
  cues: Set<string>;
}

/** One case per word and part of speech; a word listed under several types agrees with any of them. */
function triggerCases(): TriggerCase[] {
  const cueWords = readJson<Cues>('data/events/cues.json');
  const byWhen: Record<string, string[]> = {
    'court-near': cueWords.courtWords,
    'labour-context': cueWords.labourContext,
  };
  const cases = new Map<string, TriggerCase>();
  for (const type of readJson<Ontology>('data/events/ontology.json').types) {
    for (const trigger of type.triggers ?? []) {
      if (trigger.match.includes(' ')) continue;
      const key = `${trigger.match}/${trigger.pos ?? ''}`;
      const entry = cases.get(key) ?? { word: trigger.match, pos: trigger.pos, types: new Set(), cues: new Set() };
      entry.types.add(type.code);
      for (const cue of [...(trigger.before ?? []), ...(trigger.after ?? []), ...(byWhen[trigger.when ?? ''] ?? [])]) {
        entry.cues.add(cue);
      }
      cases.set(key, entry);
    }
  }
  return [...cases.values()];
}

/** A trigger without a part of speech is read as a noun, or as a verb when no noun sense types it. */
function firstType(entry: TriggerCase, cues: Set<string> | undefined): string | undefined {
  if (entry.pos !== undefined) return typeBySense(entry.word, entry.pos, cues)[0]?.type;
  return typeBySense(entry.word, 'NOUN', cues)[0]?.type ?? typeBySense(entry.word, 'VERB', cues)[0]?.type;
}

function agreement(withCues: boolean, list: boolean): void {
  const cases = triggerCases();
  const misses: string[] = [];
  for (const entry of cases) {
    const got = firstType(entry, withCues ? entry.cues : undefined);
    if (got === undefined || !entry.types.has(got)) {
      misses.push(`${entry.word}${entry.pos ? '/' + entry.pos : ''}: ${got ?? '—'} (want ${[...entry.types].join(' or ')})`);
    }
  }
  const agree = cases.length - misses.length;
  const label = withCues ? "with the trigger's own context words as cues" : 'without cues';
  console.log(`(a) one-word triggers, ${label}: ${agree}/${cases.length} = ${((100 * agree) / cases.length).toFixed(1)} %`);
  if (list || withCues) for (const miss of misses) console.log(`    ${miss}`);
}

interface EventToken {
  text: string;
  pos: 'VERB' | 'NOUN';
}

const EVENT_TAG = /<EVENT eid="(e\d+)"[^>]*>([^<]*)<\/EVENT>/g;
const INSTANCE_TAG = /<MAKEINSTANCE eventID="(e\d+)"[^>]*pos="([A-Z]+)"/g;
const WORD = /[a-z]+/g;

function documentEvents(xml: string): EventToken[] {
  const posById = new Map<string, string>();
  for (const match of xml.matchAll(INSTANCE_TAG)) posById.set(match[1] as string, match[2] as string);
  const out: EventToken[] = [];
  for (const match of xml.matchAll(EVENT_TAG)) {
    const pos = posById.get(match[1] as string);
    if (pos === 'VERB' || pos === 'NOUN') out.push({ text: (match[2] as string).trim(), pos });
  }
  return out;
}

const TEXT_BODY = /<TEXT>([\s\S]*)<\/TEXT>/;
const EVENT_ELEMENT = /<EVENT[^>]*>[^<]*<\/EVENT>/g;
const ANY_TAG = /<[^>]*>/g;

/** Tokens of words never tagged as an event anywhere in the corpus, typed as nouns without cues. */
function nonEventTyping(xmls: string[]): void {
  const eventWords = new Set<string>();
  const counts = new Map<string, number>();
  for (const xml of xmls) {
    for (const match of xml.matchAll(EVENT_TAG)) eventWords.add((match[2] as string).trim().toLowerCase());
    const body = (TEXT_BODY.exec(xml)?.[1] ?? '').replace(EVENT_ELEMENT, ' ').replace(ANY_TAG, ' ').toLowerCase();
    for (const word of body.match(WORD) ?? []) counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  let total = 0;
  let typed = 0;
  const worst: [string, number, string][] = [];
  for (const [word, n] of counts) {
    if (eventWords.has(word) || word.length < 3) continue;
    total += n;
    const first = typeBySense(word, 'NOUN')[0];
    if (first === undefined) continue;
    typed += n;
    worst.push([word, n, first.type]);
  }
  worst.sort((a, b) => b[1] - a[1]);
  console.log(`    never-EVENT words read as nouns: ${typed}/${total} tokens typed = ${((100 * typed) / total).toFixed(1)} %`);
  console.log(`    most frequent of them: ${worst.slice(0, 12).map(([w, n, t]) => `${w} ${n} ${t}`).join(', ')}`);
}

function coverage(folder: string): void {
  const files = readdirSync(folder).filter((name) => name.endsWith('.tml')).sort();
  const counts = { tokens: 0, typed: 0, typedNoCue: 0 };
  const byType = new Map<string, number>();
  const untyped = new Map<string, number>();
  const started = performance.now();
  const xmls = files.map((name) => readFileSync(path.join(folder, name), 'utf8'));
  for (const xml of xmls) {
    const cues = new Set(xml.toLowerCase().replace(/<[^>]*>/g, ' ').match(WORD) ?? []);
    for (const event of documentEvents(xml)) {
      counts.tokens++;
      const first = typeBySense(event.text, event.pos, cues)[0];
      if (typeBySense(event.text, event.pos).length > 0) counts.typedNoCue++;
      if (first === undefined) {
        const key = `${event.text.toLowerCase()}/${event.pos}`;
        untyped.set(key, (untyped.get(key) ?? 0) + 1);
        continue;
      }
      counts.typed++;
      byType.set(first.type, (byType.get(first.type) ?? 0) + 1);
    }
  }
  const share = (n: number): string => `${((100 * n) / counts.tokens).toFixed(1)} %`;
  const ms = performance.now() - started;
  console.log(`(b) TimeBank: ${files.length} files, ${counts.tokens} EVENT tokens (verbs and nouns), ${ms.toFixed(0)} ms`);
  console.log(`    typed with the document's words as cues: ${counts.typed} = ${share(counts.typed)}; without cues: ${share(counts.typedNoCue)}`);
  const top = [...byType.entries()].sort((a, b) => b[1] - a[1]).slice(0, 15);
  console.log(`    top types: ${top.map(([type, n]) => `${type} ${n}`).join(', ')}`);
  const missing = [...untyped.entries()].sort((a, b) => b[1] - a[1]).slice(0, 25);
  console.log(`    most frequent untyped: ${missing.map(([word, n]) => `${word} ${n}`).join(', ')}`);
  nonEventTyping(xmls);
}

function main(): void {
  const args = process.argv.slice(2);
  const list = args.includes('--list');
  const folder = args.find((arg) => !arg.startsWith('--')) ?? DEFAULT_TIMEBANK;
  agreement(false, list);
  agreement(true, list);
  coverage(folder);
}

main();
