/**
 * The event ontology (data/events/ontology.json): event types with their PLOVER/CAMEO mapping, roles,
 * title templates and trigger lexicon. Documented in docs/event-ontology.md.
 */
import { loadData } from '../data.ts';

export type TriggerCondition =
  | 'entity-after'
  | 'between-or-pair'
  | 'verb-before'
  | 'number-near'
  | 'court-near'
  | 'organization-before'
  | 'organization-party'
  | 'pair-subject'
  | 'labour-context'
  | 'person-after';

export type TriggerBlocker = 'press-context' | 'weapon-context' | 'military-context';

export interface TriggerSpec {
  /** Lemma sequence, space separated ("phone call", "speak on the phone"). */
  match: string;
  pos?: 'VERB' | 'NOUN';
  nominal?: boolean;
  medium?: string;
  when?: TriggerCondition;
  unless?: TriggerBlocker;
  /** Lemmas of which one must stand in the clause shortly before the trigger ("shares … plunged"). */
  before?: string[];
  /** Lemmas of which one must stand in the clause shortly after the trigger ("found X guilty", "the trial … opened"). */
  after?: string[];
}

export interface EventType {
  code: string;
  label: string;
  plover: string | null;
  ploverMode: string | null;
  cameo: string | null;
  cameoCode: string | null;
  roles: string[];
  symmetric?: boolean;
  /** Only kept when a DATE is attached (types that news text mentions constantly, like "said"). */
  requiresDate?: boolean;
  /** Only kept with at least one participant on each side (actor and target). */
  needsParticipants?: boolean;
  title: string;
  triggers: TriggerSpec[];
}

export interface Ontology {
  version: string;
  types: EventType[];
}

export function ontology(): Ontology {
  return loadData<Ontology>('events/ontology.json');
}

let byCode: Map<string, EventType> | undefined;

export function eventType(code: string): EventType | undefined {
  byCode ??= new Map(ontology().types.map((t) => [t.code, t]));
  return byCode.get(code);
}

/** "contact" for "contact.call": types of one family can describe the same happening. */
export function family(code: string): string {
  return code.split('.')[0]!;
}

/**
 * Fills a type's title template: `{actor}`, `{target}`, `{place}`, `{trigger}`; a missing value drops its
 * placeholder along with the joining word, so a title never shows an empty slot.
 */
export function titleFor(code: string, values: Partial<Record<'actor' | 'target' | 'place' | 'trigger', string>>): string {
  const template = eventType(code)?.title ?? '{actor}: {trigger}';
  const filled = template.replace(/\{(\w+)\}/g, (_, key: string) => values[key as keyof typeof values] ?? '\uE000');
  const cleaned = filled
    .replace(/\s*\b(and|with|in|on|to|from|of)\s+\uE000/g, '')
    .replace(/\uE000\s*(:\s*)?/g, '')
    .replace(/\s{2,}/g, ' ')
    .trim();
  return cleaned ? cleaned[0]!.toUpperCase() + cleaned.slice(1) : eventType(code)?.label ?? code;
}
