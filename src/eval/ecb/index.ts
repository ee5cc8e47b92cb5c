/**
 * `storyline eval ecb`: event mentions and their cross-document coreference on ECB+ (../shared/benchmarks/ecbplus),
 * as the pipeline produces them today, in the realistic setting: each topic's documents (both subtopics) analysed
 * together as one corpus by `analyzeDocuments`, mentions predicted, not given.
 *
 * Passes, per topic:
 *  1. read the gold (./corpus.ts) and analyse the topic's text/ files;
 *  2. read each output event's mentions with their trigger spans, and tokenize the analysed texts (./triggers.ts);
 *  3. place gold tokens in the analysed text (./align.ts; the cleaner drops the headline and date lines, whose
 *     gold mentions then stay unfound) and keep only what lies in validated sentences: gold mentions of them, and
 *     predicted mentions whose trigger starts inside one (a trigger spanning twice the same characters counts once);
 *  4. pair triggers with gold mentions one to one (./match.ts);
 *  5. clusterings: the key is the gold chains; the response is the output events, each predicted mention named by
 *     the gold mention it matched, else by its own id (a twinless mention, as the reference scorer treats
 *     predicted mentions: it is absent from the key, so it counts against precision and never for recall);
 *     singleton clusters are then removed from both sides (Cattan et al. 2021) and MUC, B³, CEAF-e and CoNLL
 *     computed over all topics together (./metrics/);
 *  6. the same-lemma baselines: predicted mentions clustered by their trigger's lemma within the topic, either
 *     only those matched to a gold mention or all of them;
 *  7. the two main events of the topic (./main-events.ts).
 */
import path from 'node:path';
import type { Token } from '../../model.ts';
import { readReported } from '../../extract.ts';
import { alignLines } from './align.ts';
import { readEcbTopic, scoredMentions, topicsOf, type EcbDocument, type TopicSet } from './corpus.ts';
import { mainEvents, type ChainMention, type TopicMainEvents } from './main-events.ts';
import { matchTriggers, type CharSpan, type GoldSpan, type TriggerSpan } from './match.ts';
import { corefScores, withoutSingletons, type CorefScores } from './metrics/index.ts';
import { pickHead, validatedSentences } from './read.ts';
import { recoverMentions, type TokenizedText } from './triggers.ts';

export interface EcbEvalOptions {
  topics?: TopicSet;
  /** Only these topics of the set (library use, e.g. one topic while working on a rule). */
  only?: number[];
  /** Called after each topic (progress on stderr in the CLI). */
  onTopic?: (t: TopicResult, index: number, total: number) => void;
}

export interface MentionScore {
  gold: number;
  predicted: number;
  matched: number;
  /** Matched by the gold mention's head. */
  headMatched: number;
  precision: number;
  recall: number;
  f1: number;
  /** Gold mentions on lines the cleaner dropped (headline, date line): no trigger can reach them. */
  goldOnDroppedLines: number;
}

export interface CorefRow extends CorefScores {
  keyClusters: number;
  responseClusters: number;
}

export interface TopicResult {
  topic: number;
  documents: number;
  events: number;
  /** Inputs or documents the pipeline could not use (`Analysis.errors`). */
  errors: number;
  gold: number;
  predicted: number;
  matched: number;
  mainEvents: TopicMainEvents;
  seconds: number;
}

export interface EcbReport {
  topics: TopicSet;
  documents: number;
  mentions: MentionScore;
  /** Singletons excluded, over predicted mentions. */
  system: CorefRow;
  sameLemmaMatched: CorefRow;
  sameLemmaAll: CorefRow;
  mainEvents: { topics: number; topicsOk: number; events: number; eventsOk: number };
  perTopic: TopicResult[];
  /** Output event mentions read, those without a trigger (see ./triggers.ts), and triggers counted once. */
  recovery: { mentions: number; mismatched: number; duplicateTriggers: number };
  seconds: number;
}

interface Predicted extends TriggerSpan {
  event: string;
  lemma: string;
}

export async function runEcbEval(root: string, options: EcbEvalOptions = {}): Promise<EcbReport> {
  const started = performance.now();
  const { analyzeDocuments } = await import('../../pipeline.ts');
  const validated = validatedSentences(root);
  const topics = topicsOf(options.topics ?? 'dev').filter((t) => !options.only || options.only.includes(t));
  const key: string[][] = [];
  const response: string[][] = [];
  const lemmaMatched: string[][] = [];
  const lemmaAll: string[][] = [];
  const perTopic: TopicResult[] = [];
  const counts = { documents: 0, gold: 0, predicted: 0, matched: 0, headMatched: 0, dropped: 0, recovered: 0, mismatched: 0, duplicates: 0 };

  for (const [index, topic] of topics.entries()) {
    const t0 = performance.now();
    const docs = readEcbTopic(root, topic, validated);
    const { raws, errors } = await readReported(docs.map((d) => d.path), {});
    const analysis = analyzeDocuments(raws, {}, errors);
    const recovered = recoverMentions(analysis);
    counts.recovered += recovered.mentions.size;
    counts.mismatched += recovered.mismatched.length;
    const ecbBySource = new Map(docs.map((d) => [path.resolve(d.path), d]));

    const gold: (ChainMention & { located: boolean })[] = [];
    const predicted: Predicted[] = [];
    const matches = new Map<string, string>();
    const names = new Map(docs.flatMap((d) => [...d.chainNames].map(([chain, name]) => [`${topic}/${chain}`, name] as const)));
    let headMatched = 0;
    for (const record of analysis.documents) {
      const ecb = ecbBySource.get(path.resolve(record.source));
      const annotated = recovered.docs.get(record.id);
      if (!ecb || !annotated) continue;
      const { goldSpans, inScope } = placeGold(ecb, annotated);
      for (const g of scoredMentions(ecb)) {
        gold.push({ id: g.id, file: g.file, subtopic: ecb.subtopic, chain: `${topic}/${g.chain}`, crossDocument: g.crossDocument, located: goldSpans.some((s) => s.id === g.id && s.tokens.length > 0) });
      }
      const seen = new Set<string>();
      const mine: Predicted[] = [];
      for (const event of analysis.events) {
        for (const id of event.eventMentions) {
          const m = recovered.mentions.get(id);
          if (!m || m.document !== record.id || !inScope(m.trigger.start)) continue;
          const at = `${m.trigger.start}:${m.trigger.end}`;
          if (seen.has(at)) {
            counts.duplicates++;
            continue;
          }
          seen.add(at);
          mine.push({ id: `${topic}/${id}`, start: m.trigger.start, end: m.trigger.end, event: `${topic}/${event.id}`, lemma: lemmaOf(annotated, m.trigger) });
        }
      }
      const paired = matchTriggers(mine, goldSpans);
      for (const [p, g] of paired) {
        matches.set(p, g);
        const head = goldSpans.find((s) => s.id === g)?.head;
        if (head && overlaps(mine.find((m) => m.id === p)!, head)) headMatched++;
      }
      predicted.push(...mine);
    }

    // Clusterings of this topic.
    key.push(...groupBy(gold, (g) => g.chain).map((c) => c.map((g) => g.id)));
    const named = (p: Predicted) => matches.get(p.id) ?? p.id;
    response.push(...groupBy(predicted, (p) => p.event).map((c) => c.map(named)));
    lemmaMatched.push(...groupBy(predicted.filter((p) => matches.has(p.id)), (p) => p.lemma).map((c) => c.map(named)));
    lemmaAll.push(...groupBy(predicted, (p) => p.lemma).map((c) => c.map(named)));

    const eventOfGold = new Map<string, string>();
    for (const p of predicted) if (matches.has(p.id)) eventOfGold.set(matches.get(p.id)!, p.event);
    const result: TopicResult = {
      topic,
      documents: analysis.documents.length,
      events: analysis.events.length,
      errors: analysis.errors?.length ?? 0,
      gold: gold.length,
      predicted: predicted.length,
      matched: matches.size,
      mainEvents: mainEvents(gold, eventOfGold, names),
      seconds: (performance.now() - t0) / 1000,
    };
    perTopic.push(result);
    counts.documents += docs.length;
    counts.gold += gold.length;
    counts.predicted += predicted.length;
    counts.matched += matches.size;
    counts.headMatched += headMatched;
    counts.dropped += gold.filter((g) => !g.located).length;
    options.onTopic?.(result, index, topics.length);
  }

  const precision = counts.predicted ? counts.matched / counts.predicted : 0;
  const recall = counts.gold ? counts.matched / counts.gold : 0;
  const row = (r: string[][]): CorefRow => {
    const k = withoutSingletons(key);
    const s = withoutSingletons(r);
    return { ...corefScores(k, s), keyClusters: k.length, responseClusters: s.length };
  };
  const mainOk = perTopic.flatMap((t) => t.mainEvents.events);
  return {
    topics: options.topics ?? 'dev',
    documents: counts.documents,
    mentions: {
      gold: counts.gold,
      predicted: counts.predicted,
      matched: counts.matched,
      headMatched: counts.headMatched,
      precision,
      recall,
      f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0,
      goldOnDroppedLines: counts.dropped,
    },
    system: row(response),
    sameLemmaMatched: row(lemmaMatched),
    sameLemmaAll: row(lemmaAll),
    mainEvents: {
      topics: perTopic.length,
      topicsOk: perTopic.filter((t) => t.mainEvents.ok).length,
      events: perTopic.length * 2,
      eventsOk: mainOk.filter((e) => e.whole && e.unmixed).length,
    },
    perTopic,
    recovery: { mentions: counts.recovered, mismatched: counts.mismatched, duplicateTriggers: counts.duplicates },
    seconds: (performance.now() - started) / 1000,
  };
}

/**
 * The scored gold mentions of a document placed in the analysed text, with their heads (by the analysed text's
 * tags), and a test of whether an offset of that text lies in a validated sentence.
 */
function placeGold(ecb: EcbDocument, doc: TokenizedText): { goldSpans: GoldSpan[]; inScope: (offset: number) => boolean } {
  const align = alignLines(ecb.text, doc.text);
  const place = (s: CharSpan): CharSpan | null => {
    const start = align.map(s.start);
    const last = align.map(s.end - 1);
    return start === null || last === null ? null : { start, end: last + 1 };
  };
  const goldSpans = scoredMentions(ecb).map((g): GoldSpan => {
    const tokens = g.tokens.map(place).filter((s): s is CharSpan => s !== null);
    const words = tokens.flatMap((s) => tokensIn(doc, s)).filter((t) => t.pos !== 'PUNCT');
    const head = pickHead([...new Set(words)]);
    return { id: g.id, tokens, head: head ? { start: head.start, end: head.end } : null };
  });
  const scope = [...ecb.validated].flatMap((n) => {
    const s = ecb.sentences.get(n);
    const placed = s ? place(s) : null;
    return placed ? [placed] : [];
  });
  return { goldSpans, inScope: (offset) => scope.some((s) => s.start <= offset && offset < s.end) };
}

/** The analysed tokens overlapping a span, in order. */
function tokensIn(doc: TokenizedText, span: CharSpan): Token[] {
  return doc.tokens.filter((t) => overlaps(t, span));
}

/** The lemma of a trigger's head word (lower case); the trigger's text when no token is found. */
function lemmaOf(doc: TokenizedText, trigger: CharSpan & { text: string }): string {
  const head = pickHead(tokensIn(doc, trigger).filter((t) => t.pos !== 'PUNCT'));
  return (head?.lemma || head?.text || trigger.text).toLowerCase();
}

function overlaps(a: CharSpan, b: CharSpan): boolean {
  return a.start < b.end && b.start < a.end;
}

function groupBy<T>(items: T[], keyOf: (item: T) => string): T[][] {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const k = keyOf(item);
    if (!out.has(k)) out.set(k, []);
    out.get(k)!.push(item);
  }
  return [...out.values()];
}

const pct = (x: number) => (100 * x).toFixed(1).padStart(5);

export function formatEcbReport(r: EcbReport): string {
  const m = r.mentions;
  const line = (name: string, s: CorefRow) =>
    `${name.padEnd(34)} ${[s.muc, s.b3, s.ceafE].map((x) => `${pct(x.recall)} ${pct(x.precision)} ${pct(x.f1)}`).join(' │ ')} │ ${pct(s.conll)}   (${s.keyClusters} key / ${s.responseClusters} response clusters)\n`;
  let out = `ECB+ ${r.topics} topics (${r.perTopic.map((t) => t.topic).join(', ')}): ${r.documents} documents, each topic analysed as one corpus\n\n`;
  out += `Event mentions (triggers, validated sentences): P ${pct(m.precision)}  R ${pct(m.recall)}  F1 ${pct(m.f1)}`;
  out += `   (${m.matched} matched of ${m.predicted} predicted and ${m.gold} gold; ${m.headMatched} on the gold head; ${m.goldOnDroppedLines} gold on lines the cleaner dropped)\n\n`;
  out += `Cross-document event coreference, predicted mentions, singletons excluded\n`;
  out += `${''.padEnd(34)} ${['MUC', 'B³', 'CEAF-e'].map((n) => `${n.padEnd(6)}   R     P    F1`.padStart(17)).join(' │ ')} │ CoNLL F1\n`;
  out += line('storyline events', r.system);
  out += line('same lemma (gold-matched mentions)', r.sameLemmaMatched);
  out += line('same lemma (all predicted mentions)', r.sameLemmaAll);
  const me = r.mainEvents;
  out += `\nMain events kept apart and whole: ${me.topicsOk}/${me.topics} topics (${me.eventsOk}/${me.events} main events whole and unmixed)\n`;
  for (const t of r.perTopic) {
    const evs = t.mainEvents.events.map((e) => `${e.subtopic} ${e.name ?? e.chain}: ${e.held}/${e.documents} docs in one event${e.unmixed ? '' : ' (mixed with the other)'}`);
    out += `  topic ${String(t.topic).padStart(2)} ${t.mainEvents.ok ? 'ok  ' : 'fail'}  ${evs.join('; ')}\n`;
  }
  out += `\nTrigger spans read for ${r.recovery.mentions} output mentions (${r.recovery.mismatched} without one; ${r.recovery.duplicateTriggers} repeated triggers counted once); ${r.seconds.toFixed(0)} s\n`;
  return out;
}
