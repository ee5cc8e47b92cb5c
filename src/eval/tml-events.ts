/**
 * Reads the gold EVENT and TIMEX3 spans of a TimeML (.tml) file as offsets into the plain text of <TEXT>
 * (every tag removed, entities decoded), walked by time-tml.ts's `walkTml` like the time reader's, so both
 * readers agree on offsets.
 */
import { tagAttr, walkTml } from './time-tml.ts';

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

export function parseTmlEvents(xml: string): TmlEvents {
  const events: { start: number; end: number; eid: string; eventClass: string }[] = [];
  const timexes: { start: number; end: number }[] = [];
  let event: { start: number; eid: string; eventClass: string } | null = null;
  let timex: number | null = null;
  const { dct, text } = walkTml(xml, (tag, offset) => {
    if (tag.startsWith('<EVENT')) event = { start: offset, eid: tagAttr(tag, 'eid'), eventClass: tagAttr(tag, 'class') };
    else if (tag.startsWith('</EVENT') && event) {
      events.push({ ...event, end: offset });
      event = null;
    } else if (tag.startsWith('<TIMEX3')) timex = offset;
    else if (tag.startsWith('</TIMEX3') && timex !== null) {
      timexes.push({ start: timex, end: offset });
      timex = null;
    }
  });
  return {
    dct,
    text,
    events: events.map((e) => ({ eid: e.eid, eventClass: e.eventClass, ...trimmed(text, e.start, e.end) })),
    timexes: timexes.map((t) => trimmed(text, t.start, t.end)),
  };
}

/** A few tags open with a space (" Turning"): the span is narrowed to its visible characters. */
function trimmed(text: string, start: number, end: number): GoldSpan {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { start, end, text: text.slice(start, end) };
}
