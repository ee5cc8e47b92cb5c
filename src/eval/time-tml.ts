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
  const dct = /<DCT>\s*<TIMEX3[^>]*\bvalue="(\d{4}-\d{2}-\d{2})/.exec(xml)?.[1] ?? null;
  const body = /<TEXT>([\s\S]*?)<\/TEXT>/.exec(xml)?.[1] ?? '';
  let text = '';
  const gold: GoldTimex[] = [];
  let open: { start: number; type: TimexType; value: string } | null = null;
  // Tags, entities and plain runs, in order: only plain runs and decoded entities add to the text.
  for (const piece of body.match(/<[^>]*>|&#?\w+;|[^<&]+|&/g) ?? []) {
    if (piece.startsWith('<')) {
      if (piece.startsWith('<TIMEX3')) open = { start: text.length, type: attr(piece, 'type') as TimexType, value: attr(piece, 'value') };
      else if (piece.startsWith('</TIMEX3') && open) {
        gold.push({ ...open, end: text.length, text: text.slice(open.start, text.length) });
        open = null;
      }
    } else text += piece.startsWith('&') ? decodeEntity(piece) : piece;
  }
  return { dct, text, gold };
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
