/**
 * ECB+ as extra training data for the event-mention detector: the ACTION_* and NEG_ACTION_* mentions of the
 * validated sentences of the train topics (README in ../shared/benchmarks/ecbplus/). The other sentences were
 * not checked for complete annotation, so they are left out rather than taught as "no event".
 *
 * The article text is the release's own text/ file; each ECB+ token is found in it in order, and a mention's
 * head (its first verb by wink's tags, otherwise its last content word: "checked into", "6.1 - magnitude quake") is
 * the runtime token that overlaps the head's characters.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { prepareTokens } from '../events/detect/prepare.ts';
import { tokenize } from '../language/tokens.ts';
import { tagTimes } from '../language/time/index.ts';
import { createView } from '../language/view/index.ts';
import type { LabeledDocument, LabeledSentence } from './events-corpus.ts';

/** The standard train topics (Cybulska & Vossen 2015); dev and test topics are never read here. */
export const ECB_TRAIN_TOPICS = [1, 3, 4, 6, 7, 8, 9, 10, 11, 13, 14, 16, 19, 20, 22, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33];

interface EcbToken {
  id: string;
  sentence: number;
  start: number;
  end: number;
}

export function readEcbTrain(root: string): LabeledDocument[] {
  const validated = validatedSentences(root);
  const out: LabeledDocument[] = [];
  for (const [file, sentences] of validated) {
    const topic = Number(file.split('_')[0]);
    if (!ECB_TRAIN_TOPICS.includes(topic)) continue;
    const xml = readFileSync(path.join(root, 'xml', String(topic), `${file}.xml`), 'utf8');
    const text = readFileSync(path.join(root, 'text', String(topic), `${file}.txt`), 'utf8');
    out.push({ file, sentences: labelEcb(xml, text, sentences), unaligned: 0 });
  }
  return out;
}

/** File name (without .xml) → its validated sentence numbers, from ECBplus_coreference_sentences.csv. */
function validatedSentences(root: string): Map<string, Set<number>> {
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

export function labelEcb(xml: string, text: string, keep: ReadonlySet<number>): LabeledSentence[] {
  const tokens = locateTokens(xml, text);
  const { sentences, tokens: runtime } = tokenize(text);
  const times = tagTimes(createView({ id: 'ecb', text, sentences, tokens: runtime }), null);
  const prepared = prepareTokens(sentences, runtime, times);
  const lineOf = lineStarts(text);
  const out: { sentence: LabeledSentence; line: number }[] = prepared.map((p) => ({
    sentence: { input: p.input, gold: p.tokens.map(() => 0) },
    line: lineOf(p.tokens[0]!.start),
  }));
  for (const anchor of mentionAnchors(xml)) {
    const heads = anchor.map((id) => tokens.get(id)).filter((t): t is EcbToken => t !== undefined);
    const head = chooseHead(heads, prepared);
    if (head) out[head.sentence]!.sentence.gold[head.token]!++;
  }
  return out.filter((o) => keep.has(o.line)).map((o) => o.sentence);
}

/** Each ECB+ token's characters in the text file, found left to right; a token not found is skipped. */
function locateTokens(xml: string, text: string): Map<string, EcbToken> {
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

/** Token ids of every ACTION_* / NEG_ACTION_* mention (instances, which have no anchors, drop out). */
function mentionAnchors(xml: string): string[][] {
  const out: string[][] = [];
  for (const m of xml.matchAll(/<(?:NEG_)?ACTION_[A-Z]+ m_id="[^"]*"\s*>([\s\S]*?)<\/(?:NEG_)?ACTION_[A-Z]+>/g)) {
    const ids = [...m[1]!.matchAll(/t_id="(\d+)"/g)].map((a) => a[1]!);
    if (ids.length) out.push(ids);
  }
  return out;
}

/** Words that are never the head of a multi-word mention ("checks into", "the attack"). */
const FUNCTION_TAGS = new Set(['ADP', 'PART', 'DET']);

function chooseHead(mention: EcbToken[], prepared: ReturnType<typeof prepareTokens>): { sentence: number; token: number } | null {
  const found: { sentence: number; token: number; pos: string }[] = [];
  for (const t of mention) {
    prepared.forEach((p, sentence) =>
      p.tokens.forEach((r, token) => {
        if (r.start < t.end && t.start < r.end && r.pos !== 'PUNCT') found.push({ sentence, token, pos: r.pos });
      }),
    );
  }
  const content = found.filter((f) => !FUNCTION_TAGS.has(f.pos));
  return found.find((f) => f.pos === 'VERB') ?? content[content.length - 1] ?? found[found.length - 1] ?? null;
}

/** The 0-based line (= ECB+ sentence number) of a character offset. */
function lineStarts(text: string): (offset: number) => number {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
}

function decode(word: string): string {
  return word.replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}
