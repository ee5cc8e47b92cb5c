/** Whether the document's words include one of a type's cue words (data/events/senses.json, per type). */
import { senseTable } from './table.ts';

export function hasCue(type: string, cues: ReadonlySet<string> | undefined): boolean {
  if (cues === undefined || cues.size === 0) return false;
  const listed = senseTable().types.get(type)?.cues ?? [];
  return listed.some((cue) => cues.has(cue));
}
