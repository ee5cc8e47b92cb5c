/**
 * Reads a TimeML (.tml) file: the document creation time, the plain text of <TEXT> with every tag removed,
 * and the gold TIMEX3 spans as offsets into that plain text. The DCT timex sits in <DCT>, outside <TEXT>,
 * so it is never counted as something the tagger should find.
 */
import type { TimexType } from '../model.ts';

export interface GoldTimex {
  start: number;
  end: number;
  text: string;
  type: TimexType;
  value: string;
}

export interface TmlDocument {
  dct: string | null;
  text: string;
  gold: GoldTimex[];
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function parseTml(xml: string): TmlDocument {
  const spans: Omit<GoldTimex, 'text'>[] = [];
  let open: { start: number; type: TimexType; value: string } | null = null;
  const { dct, text } = walkTml(xml, (tag, offset) => {
    if (tag.startsWith('<TIMEX3')) open = { start: offset, type: tagAttr(tag, 'type') as TimexType, value: tagAttr(tag, 'value') };
    else if (tag.startsWith('</TIMEX3') && open) {
      spans.push({ ...open, end: offset });
      open = null;
    }
  });
  return { dct, text, gold: spans.map((g) => ({ ...g, text: text.slice(g.start, g.end) })) };
}

/**
 * Walks the <TEXT> of a TimeML document in order: tags, entities and plain runs, where only plain runs and
 * decoded entities add to the text. Each tag is handed over with the plain-text offset it stands at, so every
 * reader of gold spans (times here, events in tml-events.ts) agrees on offsets.
 */
export function walkTml(xml: string, onTag: (tag: string, offset: number) => void): { dct: string | null; text: string } {
  const dct = /<DCT>\s*<TIMEX3[^>]*\bvalue="(\d{4}-\d{2}-\d{2})/.exec(xml)?.[1] ?? null;
  const body = /<TEXT>([\s\S]*?)<\/TEXT>/.exec(xml)?.[1] ?? '';
  let text = '';
  for (const piece of body.match(/<[^>]*>|&#?\w+;|[^<&]+|&/g) ?? []) {
    if (piece.startsWith('<')) onTag(piece, text.length);
    else text += piece.startsWith('&') ? decodeEntity(piece) : piece;
  }
  return { dct, text };
}

export function tagAttr(tag: string, name: string): string {
  return new RegExp(`\\b${name}="([^"]*)"`).exec(tag)?.[1] ?? '';
}

function decodeEntity(entity: string): string {
  const name = entity.slice(1, -1);
  if (name.startsWith('#x')) return String.fromCodePoint(parseInt(name.slice(2), 16));
  if (name.startsWith('#')) return String.fromCodePoint(parseInt(name.slice(1), 10));
  return ENTITIES[name] ?? entity;
}
