/**
 * Event mention extraction: the ordered parsers propose triggers sentence by sentence (lexicon of
 * data/events/ontology.json), then the ordered refiners fill and check each candidate's arguments, date,
 * duration, place, medium, quantities and status. See docs/event-ontology.md.
 */
import type { AnnotatedDocument, EventMention, Span } from '../model.ts';
import { createContext, type DocContext } from './context.ts';
import { phraseTriggers } from './parsers/phraseTriggers.ts';
import { wordTriggers } from './parsers/wordTriggers.ts';
import { senseTriggers } from './parsers/senseTriggers.ts';
import { anaphora } from './refiners/anaphora.ts';
import { announced } from './refiners/announced.ts';
import { aspectual } from './refiners/aspectual.ts';
import { coOccurrence } from './refiners/coOccurrence.ts';
import { controlVerbs } from './refiners/controlVerbs.ts';
import { dates } from './refiners/dates.ts';
import { lightVerb } from './refiners/lightVerb.ts';
import { verbalAttack } from './refiners/verbalAttack.ts';
import { figurative } from './refiners/figurative.ts';
import { coordinatedDate } from './refiners/coordinatedDate.ts';
import { durations } from './refiners/durations.ts';
import { generic } from './refiners/generic.ts';
import { leadingPhrase } from './refiners/leadingPhrase.ts';
import { location } from './refiners/location.ts';
import { medium } from './refiners/medium.ts';
import { modality } from './refiners/modality.ts';
import { narrativeDate } from './refiners/narrativeDate.ts';
import { leadDate } from './refiners/leadDate.ts';
import { overlap } from './refiners/overlap.ts';
import { pairReference } from './refiners/pairReference.ts';
import { participants } from './refiners/participants.ts';
import { quantities } from './refiners/quantities.ts';
import { requirements } from './refiners/requirements.ts';
import { sameSentence } from './refiners/sameSentence.ts';
import { sameTypeObject } from './refiners/sameTypeObject.ts';
import { tolls } from './refiners/tolls.ts';
import { treeParticipants } from './refiners/treeParticipants.ts';
import type { Candidate, EventParser, EventRefiner } from './types.ts';

export { titleFor, eventType, family, ontology } from './ontology.ts';

/** Phrases first: on overlap the longer trigger wins; words the lexicon does not list come last, typed by sense. */
export const PARSERS: EventParser[] = [phraseTriggers, wordTriggers, senseTriggers];

/** Order matters: participants before the refiners that read them; status before anaphora links by status. */
export const REFINERS: EventRefiner[] = [
  overlap,
  lightVerb,
  figurative,
  verbalAttack,
  controlVerbs,
  generic,
  treeParticipants,
  participants,
  leadingPhrase,
  pairReference,
  sameTypeObject,
  announced,
  medium,
  aspectual,
  dates,
  coordinatedDate,
  durations,
  location,
  quantities,
  modality,
  coOccurrence,
  anaphora,
  sameSentence,
  tolls,
  narrativeDate,
  leadDate,
  requirements,
];

export function extractEventMentions(doc: AnnotatedDocument): EventMention[] {
  const ctx = createContext(doc);
  let candidates = doc.sentences.flatMap((s) => PARSERS.flatMap((p) => p.parse(ctx, s.index)));
  for (const refiner of REFINERS) {
    const before = candidates;
    candidates = refiner.refine(candidates, ctx);
    if (TRACE) traceDropped(ctx, refiner.name, before, candidates);
  }
  return candidates.map((c, i) => toMention(ctx, c, i));
}

/** STORYLINE_TRACE_EVENTS=1 prints, per refiner, the triggers it dropped (a debugging aid for rule work). */
const TRACE = !!process.env.STORYLINE_TRACE_EVENTS;

function traceDropped(ctx: DocContext, refiner: string, before: Candidate[], after: Candidate[]): void {
  const kept = new Set(after.map((c) => `${c.trigger.start}`));
  for (const c of before) {
    if (!kept.has(`${c.trigger.start}`)) console.error(`[events] ${ctx.doc.id} s${c.sentence} ${refiner} dropped ${c.type} "${c.trigger.text}"`);
  }
}

function toMention(ctx: DocContext, c: Candidate, i: number): EventMention {
  const span = evidence(ctx, c);
  return {
    id: `${ctx.doc.id}-ev${i + 1}`,
    document: ctx.doc.id,
    start: span.start,
    end: span.end,
    sentence: c.sentence,
    trigger: c.trigger,
    type: c.type,
    actors: c.actors,
    targets: c.targets,
    date: c.date,
    durationMinutes: c.durationMinutes,
    location: c.location,
    status: c.status,
    quantities: c.quantities,
    medium: c.medium,
  };
}

/**
 * The words that state the event: its clause without a leading conjunction or comma; the whole sentence
 * when the clause alone is too short to read (a re-mention like "but the call ended").
 */
function evidence(ctx: DocContext, c: Candidate): Span {
  const sentence = ctx.doc.sentences[c.sentence]!;
  const text = ctx.doc.text.slice(c.clause.start, c.clause.end);
  const lead = /^(?:[;,]|but|while|whereas|although|though|however)\s*,?\s*/i.exec(text)?.[0].length ?? 0;
  const span = { start: c.clause.start + lead, end: c.clause.end };
  const words = ctx.doc.text.slice(span.start, span.end).split(/\s+/).length;
  return words < 5 ? { start: sentence.start, end: sentence.end } : span;
}
