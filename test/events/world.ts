/** A small invented cast for event fixtures (no real article text): people, places, organisations. */
import type { EntityType } from '../../src/model.ts';
import { extractEventMentions } from '../../src/events/index.ts';
import { fixture, names, type FixtureSpec } from './fixture.ts';

export const CAST: [string, EntityType, string?][] = [
  ['Anna Kovac', 'person', 'kovac'], ['Kovac', 'person', 'kovac'],
  ['Lars Berg', 'person', 'berg'], ['Berg', 'person', 'berg'],
  ['Mira Santos', 'person', 'santos'], ['Santos', 'person', 'santos'],
  ['Tomas Reyes', 'person', 'reyes'], ['Reyes', 'person', 'reyes'],
  ['Norland', 'location'], ['Vestia', 'location'], ['Oslavia', 'location'], ['Port Elm', 'location'], ['Lisbon', 'location'],
  ['Kestrel Corp.', 'organization', 'kestrel'], ['Kestrel', 'organization', 'kestrel'], ['Bluefin', 'organization', 'bluefin'],
  ['the Alliance', 'organization', 'alliance'], ['police', 'organization', 'police'], ['the High Court', 'organization', 'court'],
];

/** Events of `text` with readable fields: participant keys instead of mention ids. */
export function events(text: string, times: FixtureSpec['times'] = []) {
  const doc = fixture(text, { mentions: CAST, times });
  return extractEventMentions(doc).map((e) => ({
    ...e,
    actorNames: names(doc, e.actors),
    targetNames: names(doc, e.targets),
    parties: [...names(doc, e.actors), ...names(doc, e.targets)].sort(),
    evidence: text.slice(e.start, e.end),
    place: e.location ? (doc.mentions.find((m) => m.id === e.location)?.key ?? e.location) : null,
  }));
}
