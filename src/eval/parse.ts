/**
 * Dependency parsing on a CoNLL-U treebank with gold tokens and our predicted tags: UAS and LAS over all
 * words, punctuation included (the CoNLL 2018 convention, whose LAS compares only the universal part of
 * a relation, "obl" for "obl:tmod"), and the same without punctuation (gold relation `punct`); LAS with
 * full relations too; UPOS accuracy; words per second for tag + parse.
 */
import winkNLP, { type ItemToken } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { readConllu, type TreebankSentence } from '../language/syntax/conllu.ts';
import { loadParser, loadTagger, parseSentence, type SyntaxParse } from '../language/syntax/index.ts';

export interface ParseScores {
  sentences: number;
  words: number;
  upos: number;
  uas: number;
  las: number;
  /** LAS comparing full relations with subtypes ("nsubj:pass", "obl:tmod"). */
  lasFull: number;
  uasNoPunct: number;
  lasNoPunct: number;
}

export interface ParseEvalReport extends ParseScores {
  file: string;
  /** wink-nlp's UPOS accuracy on the same words, and on the words it tokenizes the same way. */
  winkUpos: number;
  winkUposAligned: number;
  wordsPerSecond: number;
  loadMs: number;
}

function universal(rel: string): string {
  const colon = rel.indexOf(':');
  return colon < 0 ? rel : rel.slice(0, colon);
}

export function scoreParses(gold: readonly TreebankSentence[], predicted: readonly SyntaxParse[]): ParseScores {
  const c = { words: 0, upos: 0, uas: 0, las: 0, lasFull: 0, content: 0, uasNp: 0, lasNp: 0 };
  gold.forEach((g, si) => {
    const p = predicted[si]!;
    g.words.forEach((_, i) => {
      const punct = g.deprels[i] === 'punct';
      const head = p.heads[i] === g.heads[i];
      const label = head && universal(p.deprels[i] ?? '') === universal(g.deprels[i]!);
      c.words++;
      if (!punct) c.content++;
      if (p.upos[i] === g.upos[i]) c.upos++;
      if (head) c.uas++;
      if (label) c.las++;
      if (head && p.deprels[i] === g.deprels[i]) c.lasFull++;
      if (head && !punct) c.uasNp++;
      if (label && !punct) c.lasNp++;
    });
  });
  const ratio = (a: number, b: number): number => (b === 0 ? 0 : a / b);
  return {
    sentences: gold.length,
    words: c.words,
    upos: ratio(c.upos, c.words),
    uas: ratio(c.uas, c.words),
    las: ratio(c.las, c.words),
    lasFull: ratio(c.lasFull, c.words),
    uasNoPunct: ratio(c.uasNp, c.content),
    lasNoPunct: ratio(c.lasNp, c.content),
  };
}

export function runParseEval(file: string): ParseEvalReport {
  const gold = readConllu(file);
  const t0 = performance.now();
  loadTagger();
  loadParser();
  const loadMs = performance.now() - t0;
  const t1 = performance.now();
  const predicted = gold.map((s) => parseSentence(s.words));
  const seconds = (performance.now() - t1) / 1000;
  const scores = scoreParses(gold, predicted);
  return { file, ...scores, ...winkUposAccuracy(gold), wordsPerSecond: Math.round(scores.words / seconds), loadMs: Math.round(loadMs) };
}

/**
 * wink-nlp tokenizes for itself, so each sentence is given to it as its words joined by spaces and a
 * gold word counts as right when wink has a token with exactly its characters and the gold UPOS; a
 * word that wink splits or merges counts as wrong.
 */
export function winkUposAccuracy(gold: readonly TreebankSentence[]): { winkUpos: number; winkUposAligned: number } {
  const nlp = winkNLP(model);
  const its = nlp.its;
  let right = 0;
  let total = 0;
  let aligned = 0;
  for (const s of gold) {
    const tags = new Map<number, string>();
    let offset = 0;
    nlp.readDoc(s.words.join(' ')).tokens().each((t: ItemToken) => {
      offset += t.out(its.precedingSpaces).length;
      const text = t.out();
      tags.set(offset * 4096 + text.length, t.out(its.pos));
      offset += text.length;
    });
    let start = 0;
    s.words.forEach((w, i) => {
      total++;
      const tag = tags.get(start * 4096 + w.length);
      if (tag !== undefined) aligned++;
      if (tag === s.upos[i]) right++;
      start += w.length + 1;
    });
  }
  return { winkUpos: total === 0 ? 0 : right / total, winkUposAligned: aligned === 0 ? 0 : right / aligned };
}

export function formatParseReport(r: ParseEvalReport): string {
  const pct = (x: number): string => (100 * x).toFixed(2);
  return [
    `${r.file}: ${r.sentences} sentences, ${r.words} words (gold tokens, predicted UPOS)`,
    `  UPOS accuracy          ${pct(r.upos)} (wink-nlp on the same words: ${pct(r.winkUpos)}; ${pct(r.winkUposAligned)} on the words it tokenizes alike)`,
    `  with punctuation       UAS ${pct(r.uas)}  LAS ${pct(r.las)}  (CoNLL 2018: universal relations; full relations LAS ${pct(r.lasFull)})`,
    `  without punctuation    UAS ${pct(r.uasNoPunct)}  LAS ${pct(r.lasNoPunct)}`,
    `  speed                  ${r.wordsPerSecond} words/s tag + parse, one core; models loaded in ${r.loadMs} ms`,
    '',
  ].join('\n');
}
