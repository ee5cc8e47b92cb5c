/**
 * Date stamps a page prints beside its story, read from the cleaned text (and the lines the cleaner removed): a
 * line that is only stamps ("Published June 21, 2023", "17:14 GMT 24.06.2023 (Updated: 17:29 GMT 24.06.2023)",
 * "Reuters | Cairo | Updated: 13-07-2021 14:56 IST | Created: 13-07-2021 14:56 IST"), a capitalised label inside a
 * page flattened to one line ("… Newser Staff Posted Mar 4, 2021 7:51 AM CST …"), and a credit line's "first
 * published June 28, 2023". Times, time zones and weekdays around the date are ignored: the calendar day as the
 * publisher printed it is the day the article carries. Labels and limits are in data/metadata/date-lines.json.
 */
import { loadData } from '../data.ts';
import type { MetadataCandidate, PartialDate } from '../model.ts';

interface Table {
  labels: Record<'published' | 'modified', string[]>;
  inlineLabels: string[];
  anywhereLabels: string[];
  separators: string;
  maxWords: number;
}

const table = () => loadData<Table>('metadata/date-lines.json');

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?';
/** A clock time with its optional seconds, am/pm and zone ("1:25:45 PM", "17:14 GMT", "5.26pm"). */
const TIME = /\b\d{1,2}(?::\d{2}(?::\d{2})?\s*(?:[ap]\.?\s?m\b\.?)?|(?:\.\d{2})?\s*[ap]\.?\s?m\b\.?)(?:\s*\(?\b[A-Z]{2,5}\b\)?)?/gi;
const WEEKDAY = /\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b/gi;
const NUMERIC = /^(\d{1,4})([./-])(\d{1,2})\2(\d{2,4})$/;
const TEXT_DMY = new RegExp(`^(\\d{1,2})(?:st|nd|rd|th)?\\s+(${MONTH}),?\\s+(\\d{4})$`, 'i');
const TEXT_MDY = new RegExp(`^(${MONTH})\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})$`, 'i');
/** A date with its year somewhere in running text, for labelled stamps inside a longer line. */
const DATE_IN_TEXT = new RegExp(
  `^[:\\s]*(?:on\\s+|at\\s+)?((?:\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH},?\\s+\\d{4}|${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}[./-]\\d{1,2}[./-]\\d{4}))`,
  'i',
);

/** A date written alone (its time, zone, weekday and filler words stripped) → "YYYY-MM-DD", or null. */
export function parseStampDate(value: string): PartialDate | null {
  const v = value.replace(TIME, ' ').replace(WEEKDAY, ' ').replace(/\b(?:at|on)\b/gi, ' ').replace(/[(),]/g, ' ').replace(/\s+/g, ' ').trim();
  const numeric = NUMERIC.exec(v);
  if (numeric) return numericDate(numeric);
  const dmy = TEXT_DMY.exec(v);
  if (dmy) return ymd(Number(dmy[3]), monthOf(dmy[2]!), Number(dmy[1]));
  const mdy = TEXT_MDY.exec(v);
  if (mdy) return ymd(Number(mdy[3]), monthOf(mdy[1]!), Number(mdy[2]));
  return null;
}

/**
 * ISO order when the year leads; otherwise day first with dots and dashes (the European order: "24.06.2023",
 * "13-07-2021"); with slashes the order is only known when one number cannot be a month ("22/2/21").
 */
function numericDate(m: RegExpExecArray): PartialDate | null {
  const [a, sep, b, c] = [Number(m[1]), m[2], Number(m[3]), m[4]!];
  if (m[1]!.length === 4) return c.length === 2 ? ymd(a, b, Number(c)) : null;
  const year = c.length === 2 ? 2000 + Number(c) : Number(c);
  if (sep !== '/') return ymd(year, b, a);
  if (a > 12) return ymd(year, b, a);
  if (b > 12) return ymd(year, a, b);
  return null;
}

export interface Stamp {
  field: 'published' | 'modified';
  date: PartialDate;
  text: string;
  /** A label said which date it is ("Updated", "Published"); a bare date is read as the publication date. */
  labelled: boolean;
}

/** The stamps of a line that holds nothing but stamps and short labels of place or agency, else []. */
export function stampLine(line: string): Stamp[] {
  const t = table();
  if (line.split(/\s+/).length > t.maxWords) return [];
  const segments = line.split(new RegExp(`${t.separators}|\\(|\\)`)).map((s) => s.trim()).filter(Boolean);
  const stamps: Stamp[] = [];
  let others = 0;
  for (const segment of segments) {
    const { field, rest, labelled } = splitLabel(segment);
    const date = /\d/.test(rest) ? parseStampDate(rest) : null;
    if (date) stamps.push({ field, date, text: segment, labelled });
    // A segment with a digit that is no date ("Updated: 1 hours ago" aside) makes the line running text.
    else if (/\d/.test(rest) && !/\bago\b/i.test(rest)) return [];
    else if (rest.split(/\s+/).length > 4) others += 1;
  }
  return others > 0 ? [] : stamps;
}

function splitLabel(segment: string): { field: Stamp['field']; rest: string; labelled: boolean } {
  const lower = segment.toLowerCase();
  for (const field of ['modified', 'published'] as const) {
    for (const label of table().labels[field]) {
      if (lower.startsWith(label) && !/[\p{L}]/u.test(lower.charAt(label.length))) {
        return { field, rest: segment.slice(label.length).replace(/^\s*:?\s*/, ''), labelled: true };
      }
    }
  }
  return { field: 'published', rest: segment, labelled: false };
}

/** Labelled stamps inside longer text: capitalised labels anywhere in a line, and the credit-line labels. */
export function inlineStamps(text: string): Stamp[] {
  const t = table();
  const found: Stamp[] = [];
  const labels = [...t.inlineLabels.map((l) => ({ label: l, flags: 'g' })), ...t.anywhereLabels.map((l) => ({ label: l, flags: 'gi' }))];
  for (const { label, flags } of labels) {
    for (const m of text.matchAll(new RegExp(`\\b${label}\\b`, flags))) {
      const after = DATE_IN_TEXT.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 40));
      const date = after ? parseStampDate(after[1]!) : null;
      if (!date) continue;
      const field = t.labels.modified.some((l) => l === label.toLowerCase()) ? 'modified' : 'published';
      found.push({ field, date, text: `${m[0]} ${after![1]}`, labelled: true });
    }
  }
  return found;
}

/**
 * Candidates from the stamps of the text's lines and of the lines the cleaner removed. A line the cleaner already
 * read (one of its candidates' values is in it) is left to the cleaner, whose origin says where the line sat.
 */
export function dateLineCandidates(text: string, removed: string[], known: MetadataCandidate[] = []): MetadataCandidate[] {
  const read = known.filter((c) => c.field === 'published' || c.field === 'modified').map((c) => c.value.trim()).filter(Boolean);
  const unread = (line: string) => !read.some((v) => line.includes(v));
  const out: MetadataCandidate[] = [];
  const seen = new Set<string>();
  const add = (s: Stamp, origin: string) => {
    const key = `${s.field}|${s.date}|${origin}`;
    if (seen.has(key)) return;
    seen.add(key);
    // The value leads with the ISO day (what parseMetadataDate reads) and keeps the words as printed, for the basis.
    out.push({ field: s.field, value: `${s.date} ('${s.text}')`, origin });
  };
  for (const line of text.split('\n').filter(unread)) {
    const stamps = stampLine(line.trim());
    for (const s of stamps) add(s, s.labelled ? 'date-line' : 'date-line-bare');
    if (stamps.length === 0) for (const s of inlineStamps(line)) add(s, 'inline-stamp');
  }
  // A removed line that was a bare date already gave the cleaner's candidate, with the weight its place deserves.
  for (const line of removed.filter(unread)) for (const s of stampLine(line.trim())) if (s.labelled) add(s, 'date-line');
  return out;
}

function monthOf(name: string): number {
  return MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
}

function ymd(y: number, m: number, d: number): PartialDate | null {
  if (y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1 || d > 31) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}
