/**
 * MT_ARTIFACTS: signs of machine translation or broken scraping — doubled words, garbled abbreviations
 * ("U.S.S-President"), capitalized common words mid-sentence ("said Thursday According to the White House"),
 * quotation marks that do not pair up within a paragraph. Patterns are data (data/assess/mt-artifacts.json).
 */
import type { AnnotatedDocument } from '../../model.ts';
import { loadData } from '../../data.ts';
import type { FlagDetector } from './types.ts';

interface Table {
  patterns: { id: string; label: string; regex: string; flags: string }[];
}

export const mtArtifacts: FlagDetector = {
  code: 'MT_ARTIFACTS',
  detect(doc) {
    const items = [...patternHits(doc.text), ...midSentenceCapitals(doc), ...unpairedQuotes(doc.text)];
    if (items.length === 0) return null;
    const shown = items.slice(0, 6).map((i) => `${i.label}: "${i.text}"`);
    return { code: this.code, severity: items.length, message: `${items.length} machine-translation artifact(s): ${shown.join('; ')}${items.length > 6 ? '; …' : ''}` };
  },
};

interface Item {
  label: string;
  text: string;
}

function patternHits(text: string): Item[] {
  const table = loadData<Table>('assess/mt-artifacts.json');
  return table.patterns.flatMap((p) => [...text.matchAll(new RegExp(p.regex, `${p.flags}g`))].map((m) => ({ label: p.label, text: m[0] })));
}

/**
 * A capitalized word after a lower-case word in one sentence, that the document elsewhere writes lower-case and
 * that does not open a name.
 */
function midSentenceCapitals(doc: AnnotatedDocument): Item[] {
  const lower = new Set(doc.tokens.filter((t) => /^[a-z]/.test(t.text)).map((t) => t.text));
  const out: Item[] = [];
  for (let i = 1; i < doc.tokens.length; i++) {
    const t = doc.tokens[i]!;
    const prev = doc.tokens[i - 1]!;
    if (prev.sentence !== t.sentence || !/^[a-z]+$/.test(prev.text) || !/^[A-Z][a-z]+$/.test(t.text)) continue;
    // A title before a name ("with President Putin") is capitalized on purpose.
    if (/^[A-Z]/.test(doc.tokens[i + 1]?.text ?? '') && doc.tokens[i + 1]?.sentence === t.sentence) continue;
    if (lower.has(t.text.toLowerCase()) && t.pos !== 'PROPN') out.push({ label: 'capitalized word mid-sentence', text: `${prev.text} ${t.text}` });
  }
  return out;
}

/** Paragraphs whose opening and closing curly quotes do not pair up. */
function unpairedQuotes(text: string): Item[] {
  return text
    .split(/\n\s*\n/)
    .filter((p) => (p.match(/“/g) ?? []).length !== (p.match(/”/g) ?? []).length)
    .map((p) => ({ label: 'unpaired quotation marks', text: p.slice(0, 60).trim() }));
}
