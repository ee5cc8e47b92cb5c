/**
 * ECB+ topics as gold for `eval ecb`: every document of a topic (both subtopics), its ACTION_* / NEG_ACTION_*
 * mentions with their characters in the text/ file, and the chain each belongs to. A mention's chain is its
 * CROSS_DOC_COREF instance (`x:<instance id>`, shared by the documents of the topic), else its INTRA_DOC_COREF
 * chain in its document (`i:<file>:<m_id>`), else a chain of its own (`s:<file>:<m_id>`, a singleton).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { actionMarkables, coreferenceChains, instanceNames, ECB_DEV_TOPICS, ECB_TRAIN_TOPICS, locateTokens, validatedSentences, type EcbToken } from './read.ts';

export type TopicSet = 'dev' | 'train' | 'all';

export interface GoldMention {
  /** `<file>#<m_id>`, unique in the corpus. */
  id: string;
  file: string;
  sentence: number;
  tag: string;
  chain: string;
  crossDocument: boolean;
  /** Its tokens' characters in the text/ file, in order. */
  tokens: { start: number; end: number }[];
  text: string;
}

export interface EcbDocument {
  /** "2_1ecb", "2_1ecbplus". */
  file: string;
  topic: number;
  subtopic: 'ecb' | 'ecbplus';
  /** The text/ file the pipeline reads. */
  path: string;
  text: string;
  /** Validated sentence numbers (the CSV); only these are scored. */
  validated: Set<number>;
  /** Characters of each sentence in `text`, from its first token to its last. */
  sentences: Map<number, { start: number; end: number }>;
  /** Every action mention of the file, validated sentence or not. */
  mentions: GoldMention[];
  /** ECB+ tokens not found in the text file. */
  unlocated: number;
  /** Cross-document chain (`x:<instance id>`) → the annotators' name for it ("t2b_oscar_ceremony"). */
  chainNames: Map<string, string>;
}

export function topicsOf(set: TopicSet): number[] {
  if (set === 'dev') return ECB_DEV_TOPICS;
  if (set === 'train') return ECB_TRAIN_TOPICS;
  return [...ECB_TRAIN_TOPICS, ...ECB_DEV_TOPICS].sort((a, b) => a - b);
}

/** The documents of one topic, ecb files then ecbplus files, by number. */
export function readEcbTopic(root: string, topic: number, validated = validatedSentences(root)): EcbDocument[] {
  const folder = path.join(root, 'xml', String(topic));
  const files = readdirSync(folder)
    .filter((f) => f.endsWith('.xml'))
    .map((f) => f.slice(0, -4))
    .sort((a, b) => order(a) - order(b));
  return files.map((file) => {
    const xml = readFileSync(path.join(folder, `${file}.xml`), 'utf8');
    const textPath = path.join(root, 'text', String(topic), `${file}.txt`);
    return readEcbDocument(file, xml, readFileSync(textPath, 'utf8'), textPath, validated.get(file) ?? new Set());
  });
}

export function readEcbDocument(file: string, xml: string, text: string, textPath: string, validated: Set<number>): EcbDocument {
  const tokens = locateTokens(xml, text);
  const total = [...xml.matchAll(/<token t_id=/g)].length;
  const sentences = new Map<number, { start: number; end: number }>();
  for (const t of tokens.values()) {
    const s = sentences.get(t.sentence);
    if (!s) sentences.set(t.sentence, { start: t.start, end: t.end });
    else [s.start, s.end] = [Math.min(s.start, t.start), Math.max(s.end, t.end)];
  }
  const chains = coreferenceChains(xml);
  const mentions: GoldMention[] = [];
  for (const m of actionMarkables(xml)) {
    const located = m.tokens.map((id) => tokens.get(id)).filter((t): t is EcbToken => t !== undefined);
    if (!located.length) continue;
    const linked = chains.get(m.mId);
    mentions.push({
      id: `${file}#${m.mId}`,
      file,
      sentence: located[0]!.sentence,
      tag: m.tag,
      chain: linked?.startsWith('x:') ? linked : linked ? `i:${file}:${linked.slice(2)}` : `s:${file}:${m.mId}`,
      crossDocument: !!linked?.startsWith('x:'),
      tokens: located.map((t) => ({ start: t.start, end: t.end })),
      text: located.map((t) => text.slice(t.start, t.end)).join(' '),
    });
  }
  const topic = Number(file.split('_')[0]);
  return { file, topic, subtopic: file.endsWith('ecbplus') ? 'ecbplus' : 'ecb', path: textPath, text, validated, sentences, mentions, unlocated: total - tokens.size, chainNames: new Map([...instanceNames(xml)].map(([id, name]) => [`x:${id}`, name])) };
}

/** The gold mentions that are scored: those of validated sentences. */
export function scoredMentions(doc: EcbDocument): GoldMention[] {
  return doc.mentions.filter((m) => doc.validated.has(m.sentence));
}

/** ecb files before ecbplus files, each by number ("2_10ecb" after "2_9ecb"). */
function order(file: string): number {
  const [, n, kind] = /^\d+_(\d+)(ecbplus|ecb)$/.exec(file) ?? [];
  return (kind === 'ecbplus' ? 1000 : 0) + Number(n ?? 0);
}
