import { createView } from '../../../src/language/view/index.ts';
import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../src/language/tokens.ts';
import { findEntityMentions, loadGazetteer } from '../../../src/language/entities/index.ts';
import { resolvePronouns } from '../../../src/language/coreference/index.ts';

const gazetteer = loadGazetteer([]);

/** The antecedent name of each resolved pronoun occurrence, as "pronoun→name" in text order. */
function links(text: string): string[] {
  const { sentences, tokens } = tokenize(text);
  const mentions = findEntityMentions({ ...createView({ id: 't', text, sentences, tokens }), published: null }, gazetteer);
  return resolvePronouns(createView({ text, sentences, tokens, mentions }), mentions).map((l) => `${l.text}→${mentions.find((m) => m.id === l.mention)!.name}`);
}

/** Antecedent of the n-th occurrence of `pronoun` (0-based), or null when it is left unresolved. */
function antecedent(text: string, pronoun: string, n = 0): string | null {
  const found = links(text).filter((l) => l.split('→')[0]!.toLowerCase() === pronoun.toLowerCase());
  const occurrences = [...text.matchAll(new RegExp(`\\b${pronoun}\\b`, 'gi'))];
  if (found.length === occurrences.length) return found[n]?.split('→')[1] ?? null;
  // Some occurrences unresolved: locate by offset instead.
  const { sentences, tokens } = tokenize(text);
  const mentions = findEntityMentions({ ...createView({ id: 't', text, sentences, tokens }), published: null }, gazetteer);
  const link = resolvePronouns(createView({ text, sentences, tokens, mentions }), mentions).find((l) => l.start === occurrences[n]!.index);
  return link ? mentions.find((m) => m.id === link.mention)!.name : null;
}

describe('pronoun antecedents', () => {
  it('prefers the subject of the previous sentence over its object', () => {
    expect(antecedent('Daniel Okoro met Peter Lund in the capital on Monday. He said the talks had gone well.', 'He')).toBe('Daniel Okoro');
  });

  it('matches "she" to the woman by her given name, not to the nearer or more salient man', () => {
    expect(antecedent('Daniel Okoro met Sarah Lund in the capital on Monday. She said the talks had gone well.', 'She')).toBe('Sarah Lund');
  });

  it('reads gender from an honorific when the given name tells nothing', () => {
    expect(antecedent('Ms Okoro met Kessler on Monday. She said the talks had gone well.', 'She')).toBe('Okoro');
  });

  it('does not let a name that only ends like a woman\'s name rule a man out', () => {
    expect(antecedent('Their commander, Nikola Dragan, says his men have found eleven people alive.', 'his')).toBe('Nikola Dragan');
  });

  it('gives "it" an organisation, never a person', () => {
    expect(antecedent('Peter Lund spoke to the board of Halvorsen Group. It said profits had fallen.', 'It')).toBe('Halvorsen Group');
    expect(antecedent('Peter Lund spoke on Monday. It said profits had fallen.', 'It')).toBeNull();
  });

  it('leaves expletive and thing-"it" alone', () => {
    expect(antecedent('Halvorsen Group reported a loss. It was too early to say why.', 'It')).toBeNull();
  });

  it('gives "they" only an organisation acting as a subject, with no unnamed group in between', () => {
    expect(antecedent('Halvorsen Group announced the closure on Monday. They said the plant was losing money.', 'They')).toBe('Halvorsen Group');
    expect(antecedent('Halvorsen Group closed the plant. Workers gathered outside and they said the company had lied.', 'they')).toBeNull();
  });

  it('never binds an object pronoun to the subject of its own clause', () => {
    expect(antecedent('Daniel Okoro met Peter Lund. Lund thanked him for the visit.', 'him')).toBe('Daniel Okoro');
  });

  it('resolves a relative "who" to the name before its comma', () => {
    expect(antecedent('Sarah Lund, who chairs the committee, left early.', 'who')).toBe('Sarah Lund');
  });

  it('takes the unknown-kind subject of the same sentence for "it"', () => {
    expect(antecedent('Commuters face a hard week. Brantor said it would publish a timetable.', 'it')).toBe('Brantor');
  });

  it('ignores pronouns inside quotes and mentions inside quotes', () => {
    const found = links('Daniel Okoro arrived late. “Peter Lund told me he would come,” he said.');
    expect(found).toEqual(['he→Daniel Okoro']);
  });
});
