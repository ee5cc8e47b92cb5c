/** Typed access to the context-word tables of data/events/cues.json and data/events/quantities.json. */
import { loadData } from '../data.ts';

export interface Cues {
  modality: Record<'planned' | 'expected' | 'hypothetical' | 'denied' | 'conditional' | 'ongoing', string[]>;
  modalWindow: number;
  /** Verbs that put an event noun on the calendar ("set sentencing for May 3"): planned. */
  schedulingVerbs: string[];
  /** How far (tokens) a trigger's `before`/`after` context words may stand from it. */
  contextWindow: number;
  reportingVerbs: string[];
  sourceIntroducers: string[];
  lightVerbs: string[];
  /** WordNet noun classes of an object that make an attack verbal ("attacked the plan"): src/events/refiners/verbalAttack.ts. */
  verbalObjectClasses: string[];
  /** Light verbs that only bring the event noun they take about ("launched an investigation"): no event of their own. */
  hollowLightVerbs: string[];
  pairDeterminers: string[];
  /** Plural nouns that refer to two persons ("the two leaders"). */
  pairNouns: string[];
  /** Plural nouns that refer to two countries or organisations ("the two countries"). */
  groupPairNouns: string[];
  placePrepositions: string[];
  topicBoundaries: string[];
  coOccurrence: string[];
  durationCues: string[];
  clauseBreaks: string[];
  pressContext: string[];
  weaponContext: string[];
  militaryContext: string[];
  labourContext: string[];
  /** Verbs that state an event by naming it ("declared a state of emergency"): no statement of their own. */
  announcingVerbs: string[];
  courtWords: string[];
  anaphorDeterminers: string[];
  media: Record<string, string[]>;
  mediumWindow: number;
  /** Month and day names: never a place, even when the time tagger missed them. */
  calendarWords: string[];
  /** Verbs whose "to" complement is the event ("agreed to acquire"): the complement is kept, not them. */
  controlVerbs: string[];
  /** Words that make the event after them a reference point ("before Putin's call with Biden"), not the news. */
  referencePrepositions: string[];
  /** How many tokens before a trigger such a word may stand. */
  referenceWindow: number;
  /** Verbs that tell when a named event began, ended or how long it ran ("the strike, which started on May 2"). */
  aspectualVerbs: string[];
  /** Families whose events carry the death toll stated with them ("an earthquake killed 12"). */
  tollFamilies: string[];
}

export interface QuantityTables {
  numberWords: Record<string, number>;
  multipliers: Record<string, number>;
  currencies: Record<string, string>;
  countedNouns: { kind: string; after: string[]; passive: string[] }[];
  verbObjects: { kind: string; verbs: string[] }[];
  personNouns: string[];
  magnitude: string[];
  magnitudeVerbs: string[];
  tollFigure: { nouns: string[]; verbs: string[]; links: string[] };
  prisonTerm: { verbs: string[]; units: Record<string, string> };
  skip: string[];
  /** Which event families a quantity kind belongs to. */
  accepts: Record<string, string[]>;
}

export const cues = (): Cues => loadData<Cues>('events/cues.json');
export const quantityTables = (): QuantityTables => loadData<QuantityTables>('events/quantities.json');
