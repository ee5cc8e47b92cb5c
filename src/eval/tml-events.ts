/**
 * Reads the gold EVENT and TIMEX3 spans of a TimeML (.tml) file as offsets into the plain text of <TEXT>
 * (every tag removed, entities decoded), the same plain text `parseTml` in time-tml.ts builds, so both
 * readers agree on offsets. Kept apart from time-tml.ts so that `storyline eval time` is untouched.
 */
export interface GoldSpan {
  start: number;
  end: number;
  text: string;
}

export interface GoldEvent extends GoldSpan {
  eid: string;
  /** TimeML event class: OCCURRENCE, REPORTING, STATE, I_STATE, I_ACTION, ASPECTUAL, PERCEPTION. */
  eventClass: string;
}

export interface TmlEvents {
  /** Document creation time (YYYY-MM-DD) from <DCT>, the reference date for relative time expressions. */
  dct: string | null;
  text: string;
  events: GoldEvent[];
  timexes: GoldSpan[];
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function parseTmlEvents(xml: string): TmlEvents {
  const dct = /<DCT>\s*<TIMEX3[^>]*\bvalue="(\d{4}-\d{2}-\d{2})/.exec(xml)?.[1] ?? null;
  const body = /<TEXT>([\s\S]*?)<\/TEXT>/.exec(xml)?.[1] ?? '';
  let text = '';
  const events: GoldEvent[] = [];
  const timexes: GoldSpan[] = [];
  let event: { start: number; eid: string; eventClass: string } | null = null;
  let timex: number | null = null;
  // Tags, entities and plain runs in document order: only plain runs and decoded entities add text.
  for (const piece of body.match(/<[^>]*>|&#?\w+;|[^<&]+|&/g) ?? []) {
    if (!piece.startsWith('<')) {
      text += piece.startsWith('&') ? decodeEntity(piece) : piece;
    } else if (piece.startsWith('<EVENT')) {
      event = { start: text.length, eid: attr(piece, 'eid'), eventClass: attr(piece, 'class') };
    } else if (piece.startsWith('</EVENT') && event) {
      events.push({ ...event, ...trimmed(text, event.start, text.length) });
      event = null;
    } else if (piece.startsWith('<TIMEX3')) {
      timex = text.length;
    } else if (piece.startsWith('</TIMEX3') && timex !== null) {
      timexes.push(trimmed(text, timex, text.length));
      timex = null;
    }
  }
  return { dct, text, events, timexes };
}

/** A few tags open with a space (" Turning"): the span is narrowed to its visible characters. */
function trimmed(text: string, start: number, end: number): GoldSpan {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { start, end, text: text.slice(start, end) };
}

function attr(tag: string, name: string): string {
  return new RegExp(`\\b${name}="([^"]*)"`).exec(tag)?.[1] ?? '';
}

function decodeEntity(entity: string): string {
  const name = entity.slice(1, -1);
  if (name.startsWith('#x')) return String.fromCodePoint(parseInt(name.slice(2), 16));
  if (name.startsWith('#')) return String.fromCodePoint(parseInt(name.slice(1), 10));
  return ENTITIES[name] ?? entity;
}
