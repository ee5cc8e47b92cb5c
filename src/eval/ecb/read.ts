/**
 * Reading ECB+ files (../shared/benchmarks/ecbplus/, README there): the validated-sentence list, the tokens of an
 * XML file found in the release's plain-text file, the ACTION_* / NEG_ACTION_* mentions and the coreference
 * relations. Shared by the detector's training data (src/eval/events-ecb.ts) and `eval ecb` (./corpus.ts).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

/** The standard split of Cybulska & Vossen (2015); the test topics 36–45 are not in the shared folder. */
export const ECB_TRAIN_TOPICS = [1, 3, 4, 6, 7, 8, 9, 10, 11, 13, 14, 16, 19, 20, 22, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33];
export const ECB_DEV_TOPICS = [2, 5, 12, 18, 21, 23, 34, 35];

/** An ECB+ token and its characters in the text/ file (`end` exclusive). */
export interface EcbToken {
  id: string;
  sentence: number;
  start: number;
  end: number;
}

/** One ACTION_* or NEG_ACTION_* mention: its markable id, tag and token ids (instances, without anchors, drop out). */
export interface ActionMarkable {
  mId: string;
  tag: string;
  tokens: string[];
  /** Added in the cross-document tool (`note="byCROMER"`, 148 of the 2,647 dev mentions), not in the first round. */
  byCromer: boolean;
}

/** File name (without .xml, e.g. "2_1ecb") → its validated sentence numbers, from ECBplus_coreference_sentences.csv. */
export function validatedSentences(root: string): Map<string, Set<number>> {
  const out = new Map<string, Set<number>>();
  const rows = readFileSync(path.join(root, 'ECBplus_coreference_sentences.csv'), 'utf8').split('\n').slice(1);
  for (const row of rows) {
    const [topic, file, sentence] = row.trim().split(',');
    if (!topic || !file || sentence === undefined) continue;
    const name = `${topic}_${file}`;
    if (!out.has(name)) out.set(name, new Set());
    out.get(name)!.add(Number(sentence));
  }
  return out;
}

/** Each ECB+ token's characters in the text file, found left to right; a token not found is skipped. */
export function locateTokens(xml: string, text: string): Map<string, EcbToken> {
  const out = new Map<string, EcbToken>();
  let cursor = 0;
  for (const m of xml.matchAll(/<token t_id="(\d+)" sentence="(\d+)"[^>]*>([^<]*)<\/token>/g)) {
    const word = decode(m[3]!);
    const at = word ? text.indexOf(word, cursor) : -1;
    if (at < 0 || at - cursor > 200) continue;
    out.set(m[1]!, { id: m[1]!, sentence: Number(m[2]), start: at, end: at + word.length });
    cursor = at + word.length;
  }
  return out;
}

/** Every ACTION_* / NEG_ACTION_* mention with its anchors, in file order. */
export function actionMarkables(xml: string): ActionMarkable[] {
  const out: ActionMarkable[] = [];
  for (const m of xml.matchAll(/<((?:NEG_)?ACTION_[A-Z]+) m_id="([^"]*)"([^>]*?)(?<!\/)>([\s\S]*?)<\/\1>/g)) {
    const tokens = [...m[4]!.matchAll(/t_id="(\d+)"/g)].map((a) => a[1]!);
    if (tokens.length) out.push({ mId: m[2]!, tag: m[1]!, tokens, byCromer: m[3]!.includes('byCROMER') });
  }
  return out;
}

/**
 * The chain of each linked markable: CROSS_DOC_COREF gives `x:<instance id>` (the `note`, the same in every
 * document of the topic), INTRA_DOC_COREF gives `i:<target m_id>` (a chain of this document only). A markable in
 * neither is a singleton and absent from the map.
 */
export function coreferenceChains(xml: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const r of xml.matchAll(/<(CROSS_DOC_COREF|INTRA_DOC_COREF)\b([^>]*)>([\s\S]*?)<\/\1>/g)) {
    const note = /note="([^"]*)"/.exec(r[2]!)?.[1];
    const target = /<target m_id="([^"]*)"/.exec(r[3]!)?.[1];
    const chain = r[1] === 'CROSS_DOC_COREF' && note ? `x:${note}` : target ? `i:${target}` : null;
    if (!chain) continue;
    for (const s of r[3]!.matchAll(/<source m_id="([^"]*)"/g)) if (!out.has(s[1]!)) out.set(s[1]!, chain);
  }
  return out;
}

/** Instance id → its human-readable descriptor ("ACT16268643573999998" → "t2b_oscar_ceremony"). */
export function instanceNames(xml: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of xml.matchAll(/TAG_DESCRIPTOR="([^"]*)" instance_id="([^"]*)"/g)) out.set(m[2]!, m[1]!);
  return out;
}

/** Words that are never the head of a multi-word mention ("checks into", "the attack"). */
const FUNCTION_TAGS = new Set(['ADP', 'PART', 'DET']);

/**
 * The head of a mention from its tagged words in order (punctuation already left out): its first verb, otherwise
 * its last content word ("checked into" → checked, "6.1 - magnitude quake" → quake).
 */
export function pickHead<T extends { pos: string }>(words: T[]): T | null {
  const content = words.filter((w) => !FUNCTION_TAGS.has(w.pos));
  return words.find((w) => w.pos === 'VERB') ?? content[content.length - 1] ?? words[words.length - 1] ?? null;
}

/** The 0-based line (= ECB+ sentence number) of a character offset. */
export function lineStarts(text: string): (offset: number) => number {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  return (offset) => lastAtOrBefore(starts, offset);
}

/** Index of the last of the ascending `starts` at or before `offset` (0 when none is). */
export function lastAtOrBefore(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

export function decode(word: string): string {
  return word.replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}
