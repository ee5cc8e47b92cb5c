/**
 * Builds AnnotatedDocuments and EventMentions for resolution tests from short invented texts: spans are found
 * by searching the text, sentences and tokens come from the real tokenizer.
 */
import type { AnnotatedDocument, EntityMention, EntityType, EventMention, QuoteMention, TimeExpression } from '../../src/model.ts';
import { tokenize } from '../../src/language/tokens.ts';

export interface MentionSpec {
  text: string;
  /** Which occurrence of `text` (0-based). */
  nth?: number;
  key?: string;
  name?: string;
  type?: EntityType;
  gazetteerId?: string;
  roles?: string[];
  via?: string;
}

export interface TimeSpec {
  text: string;
  value: string;
  type?: TimeExpression['type'];
  anchor?: string;
  nth?: number;
}

export interface DocSpec {
  published?: string | null;
  rejected?: string;
  mentions?: MentionSpec[];
  times?: TimeSpec[];
  quotes?: { text: string; speaker?: string; speakerText?: string; kind?: 'direct' | 'indirect'; cue?: string }[];
  boilerplateShare?: number;
  outlet?: string;
}

export function find(text: string, part: string, nth = 0): { start: number; end: number } {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(part, at + 1);
    if (at < 0) throw new Error(`fixture: "${part}" (#${nth}) not in text`);
  }
  return { start: at, end: at + part.length };
}

export function makeDoc(id: string, text: string, spec: DocSpec = {}): AnnotatedDocument {
  const { sentences, tokens } = tokenize(text);
  const sentenceAt = (offset: number) => sentences.find((s) => offset >= s.start && offset < s.end)?.index ?? 0;
  const mentions: EntityMention[] = (spec.mentions ?? []).map((m, i) => {
    const span = find(text, m.text, m.nth);
    const name = m.name ?? m.text;
    return {
      ...span,
      id: `${id}-m${i}`,
      document: id,
      text: m.text,
      type: m.type ?? 'person',
      key: m.key ?? name.toLowerCase(),
      name,
      gazetteerId: m.gazetteerId ?? null,
      roles: m.roles ?? [],
      via: m.via ?? 'capitalization',
      sentence: sentenceAt(span.start),
    };
  });
  const times: TimeExpression[] = (spec.times ?? []).map((t, i) => {
    const span = find(text, t.text, t.nth);
    return { ...span, id: `${id}-t${i}`, document: id, text: t.text, type: t.type ?? 'DATE', value: t.value, anchor: t.anchor ?? 'absolute', confidence: 0.9, sentence: sentenceAt(span.start) };
  });
  const quotes: QuoteMention[] = (spec.quotes ?? []).map((q, i) => {
    const span = find(text, q.text);
    const speaker = q.speaker ? mentions.find((m) => m.text === q.speaker && m.start < span.start + 400) : undefined;
    return { ...span, id: `${id}-q${i}`, document: id, text: q.text, kind: q.kind ?? 'direct', speakerMention: speaker?.id ?? null, speakerText: q.speakerText ?? null, cue: q.cue ?? 'said', sentence: sentenceAt(span.start) };
  });
  const published = spec.published ?? null;
  return {
    id,
    source: `${id}.txt`,
    text,
    removed: [],
    candidates: [],
    boilerplateShare: spec.boilerplateShare ?? 0,
    readNotes: [],
    metadata: {
      title: null,
      outlet: spec.outlet ?? `outlet-${id}`,
      author: null,
      modified: null,
      language: 'en',
      url: null,
      published: {
        date: published,
        basis: published ? 'fixture' : 'none',
        confidence: published ? 0.9 : 0,
        rejected: spec.rejected ? [{ date: spec.rejected, basis: 'header-line', reason: 'contradicted by content' }] : [],
      },
    },
    sentences,
    tokens,
    mentions,
    times,
    pronouns: [],
    quotes,
  };
}

export interface EventSpec {
  trigger: string;
  nth?: number;
  type?: string;
  /** Mention texts (first occurrence in the doc's mentions). */
  actors?: string[];
  targets?: string[];
  date?: string | null;
  time?: string | null;
  duration?: number | null;
  location?: string | null;
  status?: EventMention['status'];
  medium?: string | null;
  quantities?: EventMention['quantities'];
}

export function makeEvent(doc: AnnotatedDocument, n: number, spec: EventSpec): EventMention {
  const trigger = find(doc.text, spec.trigger, spec.nth);
  const sentence = doc.sentences.find((s) => trigger.start >= s.start && trigger.start < s.end)!;
  const mentionId = (text: string) => {
    const m = doc.mentions.find((x) => x.text === text);
    if (!m) throw new Error(`fixture: no mention "${text}" in ${doc.id}`);
    return m.id;
  };
  return {
    start: sentence.start,
    end: sentence.end,
    id: `${doc.id}-ev${n}`,
    document: doc.id,
    sentence: sentence.index,
    trigger: { ...trigger, text: spec.trigger },
    type: spec.type ?? 'contact.call',
    actors: (spec.actors ?? []).map(mentionId),
    targets: (spec.targets ?? []).map(mentionId),
    date: spec.date ? { value: spec.date, time: spec.time ?? null, confidence: 0.8 } : null,
    durationMinutes: spec.duration ?? null,
    location: spec.location ?? null,
    status: spec.status ?? 'occurred',
    quantities: spec.quantities ?? [],
    medium: spec.medium ?? null,
  };
}

/** A document naming "Otto Wernick" and, garbled, "Mernick": the misspelling its own text lets us join. */
export function garbledSurnameDoc(): AnnotatedDocument {
  return makeDoc('a', 'Chancellor Otto Wernick called Premier Dana Kovac. Later Wernick spoke again. Dana Kovac, the premier, agreed with Mernick on the terms.', {
    mentions: [
      { text: 'Otto Wernick' },
      { text: 'Dana Kovac' },
      { text: 'Wernick', nth: 1, key: 'otto wernick', name: 'Otto Wernick' },
      { text: 'Dana Kovac', nth: 1 },
      { text: 'Mernick' },
    ],
  });
}
