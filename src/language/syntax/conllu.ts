/**
 * CoNLL-U reading: one `Sentence` per block, with only what training and scoring need. Multi-word
 * range lines (`1-2`) and empty nodes (`8.1`) are not words of the basic tree, so they are skipped.
 */
import { readFileSync } from 'node:fs';

export interface TreebankSentence {
  words: string[];
  upos: string[];
  /** 0-based head index, -1 for the root. */
  heads: number[];
  deprels: string[];
}

export function readConllu(file: string): TreebankSentence[] {
  return parseConllu(readFileSync(file, 'utf8'));
}

export function parseConllu(text: string): TreebankSentence[] {
  const sentences: TreebankSentence[] = [];
  let current = emptySentence();
  for (const line of text.split('\n')) {
    if (line.trim() === '') {
      if (current.words.length > 0) sentences.push(current);
      current = emptySentence();
      continue;
    }
    if (line.startsWith('#')) continue;
    const cols = line.split('\t');
    const id = cols[0] ?? '';
    if (cols.length < 8 || id.includes('-') || id.includes('.')) continue;
    current.words.push(cols[1] ?? '_');
    current.upos.push(cols[3] ?? 'X');
    current.heads.push(Number(cols[6]) - 1);
    current.deprels.push(cols[7] ?? 'dep');
  }
  if (current.words.length > 0) sentences.push(current);
  return sentences;
}

function emptySentence(): TreebankSentence {
  return { words: [], upos: [], heads: [], deprels: [] };
}
