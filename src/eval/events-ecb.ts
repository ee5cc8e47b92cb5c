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
import { actionMarkables, ECB_TRAIN_TOPICS, lineStarts, locateTokens, pickHead, validatedSentences, type EcbToken } from './ecb/read.ts';

export { ECB_TRAIN_TOPICS };

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
  // The mentions added in CROMER (note="byCROMER") were never read here; kept so, so that the detector's training data
  // (and `npm run train:events`) stays what it was.
  for (const { tokens: anchor } of actionMarkables(xml).filter((m) => !m.byCromer)) {
    const heads = anchor.map((id) => tokens.get(id)).filter((t): t is EcbToken => t !== undefined);
    const head = chooseHead(heads, prepared);
    if (head) out[head.sentence]!.sentence.gold[head.token]!++;
  }
  return out.filter((o) => keep.has(o.line)).map((o) => o.sentence);
}

function chooseHead(mention: EcbToken[], prepared: ReturnType<typeof prepareTokens>): { sentence: number; token: number } | null {
  const found: { sentence: number; token: number; pos: string }[] = [];
  for (const t of mention) {
    prepared.forEach((p, sentence) =>
      p.tokens.forEach((r, token) => {
        if (r.start < t.end && t.start < r.end && r.pos !== 'PUNCT') found.push({ sentence, token, pos: r.pos });
      }),
    );
  }
  return pickHead(found);
}
