import { describe, expect, it } from 'vitest';
import { quotesOf, speakerOf } from './helpers.ts';

describe('direct quotes', () => {
  it('attributes a quote to the speaker after it', () => {
    const d = quotesOf('“We are ready to talk at any level,” Kremlin spokesman Dmitry Peskov said Monday.');
    const q = d.quotes.find((x) => x.kind === 'direct')!;
    expect(q.text).toBe('We are ready to talk at any level');
    expect(d.text.slice(q.start, q.end)).toBe(q.text);
    expect(speakerOf(d, q)).toBe('Dmitry Peskov');
    expect(q.cue).toBe('said');
  });
  it('attributes a quote to the speaker before it, with the audience in the cue', () => {
    const d = quotesOf('Lavrov told reporters after the meeting, “Nobody wants a war.”');
    const q = d.quotes.find((x) => x.kind === 'direct')!;
    expect(speakerOf(d, q)).toBe('Sergey Lavrov');
    expect(q.cue).toBe('told reporters');
  });
  it('prefers the speaking person over a document the report cites', () => {
    const d = quotesOf('“Any attack will be costly for everyone,” Macron told Scholz, according to an Elysee statement.');
    expect(speakerOf(d, d.quotes.find((x) => x.kind === 'direct'))).toBe('Emmanuel Macron');
  });
  it('handles the inverted order "said X"', () => {
    const d = quotesOf('“The door remains open to diplomacy,” said Jens Stoltenberg.');
    expect(speakerOf(d, d.quotes[0])).toBe('Jens Stoltenberg');
  });
  it('keeps an anonymous speaker as text', () => {
    const d = quotesOf('“The call was serious and direct,” a senior administration official said.');
    const q = d.quotes[0]!;
    expect(q.speakerMention).toBeNull();
    expect(q.speakerText).toBe('a senior administration official');
  });
  it('resolves "He added" to the last person named', () => {
    const d = quotesOf('Olaf Scholz spoke in Berlin. He added, “We stand with our partners in every way.”');
    expect(speakerOf(d, d.quotes.find((x) => x.kind === 'direct'))).toBe('Olaf Scholz');
  });
  it('drops unattributed scare quotes but keeps short attributed ones', () => {
    const scare = quotesOf('The ministry again denounced the “peak hysteria” of western media over the exercises.');
    expect(scare.quotes.filter((q) => q.kind === 'direct')).toEqual([]);
    const said = quotesOf('Lavrov said the proposal was a “big mistake”.');
    expect(said.quotes.find((q) => q.kind === 'direct')?.text).toBe('big mistake');
  });
});

describe('indirect speech', () => {
  it('reads "X said that …"', () => {
    const d = quotesOf('Zelensky said on Friday that Ukraine would not give up any territory.');
    const q = d.quotes.find((x) => x.kind === 'indirect')!;
    expect(q.text).toBe('Ukraine would not give up any territory');
    expect(speakerOf(d, q)).toBe('Volodymyr Zelensky');
  });
  it('reads "…, X told reporters" and "X said adding …"', () => {
    const d = quotesOf('The troops will stay until spring, Shoigu told reporters adding the drills had gone well.');
    const texts = d.quotes.filter((q) => q.kind === 'indirect').map((q) => [q.text, speakerOf(d, q)]);
    expect(texts).toContainEqual(['The troops will stay until spring', 'Sergey Shoygu']);
    expect(texts).toContainEqual(['the drills had gone well', 'Sergey Shoygu']);
  });
  it('reads "according to X, …" and "…, according to X"', () => {
    const a = quotesOf('According to Stoltenberg, the alliance will send more ships.');
    expect(speakerOf(a, a.quotes[0])).toBe('Jens Stoltenberg');
    expect(a.quotes[0]?.text).toBe('the alliance will send more ships');
    const b = quotesOf('The alliance will send more ships, according to a NATO diplomat.');
    expect(b.quotes[0]?.speakerText).toBe('a NATO diplomat');
  });
  it('needs "that" after "warned Y"', () => {
    expect(quotesOf('Putin warned Macron against sending troops.').quotes).toEqual([]);
    const d = quotesOf('Putin warned Macron that sanctions would backfire on Europe.');
    expect(speakerOf(d, d.quotes[0])).toBe('Vladimir Putin');
  });
  it('does not report an adjunct as speech', () => {
    expect(quotesOf('Peskov said in a statement on Monday.').quotes).toEqual([]);
  });
});
