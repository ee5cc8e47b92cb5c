import { describe, expect, it } from 'vitest';
import { quotesOf, speakerOf } from './helpers.ts';

const direct = (text: string) => {
  const d = quotesOf(text, 't', null);
  return d.quotes.filter((q) => q.kind === 'direct').map((q) => [q.text, speakerOf(d, q)]);
};

describe('speakers across appositions and clauses', () => {
  it('takes the name inside an apposition before the verb', () => {
    const d = quotesOf('Its spokesman, Daniel Okoro, said the company had "acted within the law at every step".', 't', null);
    expect(d.quotes.map((q) => speakerOf(d, q))).toEqual(['Daniel Okoro', 'Daniel Okoro']);
  });

  it('takes the name before an apposition that has none', () => {
    expect(direct('"We are not leaving," Okoro, a former harbour pilot, told reporters.')).toEqual([['We are not leaving', 'Okoro']]);
  });

  it('takes the name before a relative clause, commas inside it included', () => {
    expect(direct('Halvorsen Group, which runs ferries, buses and trams, said the strike was "a disaster for everyone who travels".')).toEqual([
      ['a disaster for everyone who travels', 'Halvorsen Group'],
    ]);
  });

  it('gives "X did A and said" the subject of the first verb', () => {
    expect(direct('Sarah Lund welcomed the vote and said the board would "start rebuilding trust tomorrow".')).toEqual([
      ['start rebuilding trust tomorrow', 'Sarah Lund'],
    ]);
  });

  it('gives a participle after a comma the subject of the main verb, not a name in between', () => {
    expect(direct('Sarah Lund resigned on Friday, a day after a hearing before the Harbour Committee, saying the firm needed "a fresh start now".')).toEqual([
      ['a fresh start now', 'Sarah Lund'],
    ]);
  });

  it('does not take the name after a clause-opening "after" for a prepositional phrase', () => {
    const d = quotesOf('The hearing came two days after Halvorsen Group said all of its ferries were running again.', 't', null);
    expect(speakerOf(d, d.quotes.find((q) => q.kind === 'indirect'))).toBe('Halvorsen Group');
  });
});

describe('pronoun speakers', () => {
  it('gives "he said" after a quote the subject last named, not the last person named', () => {
    const text = 'Daniel Okoro met Peter Lund in the port on Monday. "We will not sign anything today," he said.';
    expect(direct(text)).toEqual([['We will not sign anything today', 'Daniel Okoro']]);
  });

  it('gives "she said" the woman named before, even with a man named after her', () => {
    const text = 'Sarah Lund left the meeting with Daniel Okoro early. "Nothing was decided," she said.';
    expect(direct(text)).toEqual([['Nothing was decided', 'Sarah Lund']]);
  });

  it('gives "it said" the organisation', () => {
    const d = quotesOf('Halvorsen Group cancelled 40 sailings on Monday. The storm will pass by Wednesday, it said.', 't', null);
    expect(speakerOf(d, d.quotes.find((q) => q.kind === 'indirect'))).toBe('Halvorsen Group');
  });
});

describe('quotes that go on', () => {
  it('attributes a quote right after an attributed one to the same speaker', () => {
    const text = '"We lay on the floor and waited," said Daniel Okoro, 61. "After an hour I stopped counting."\n\nThe mayor left.';
    expect(direct(text)).toEqual([
      ['We lay on the floor and waited', 'Daniel Okoro'],
      ['After an hour I stopped counting.', 'Daniel Okoro'],
    ]);
  });

  it('does not carry a speaker over another sentence of narration', () => {
    const text = '"It was a fair deal," Daniel Okoro said on Sunday. Sarah Lund thanked passengers "for a patience we did not deserve".';
    expect(direct(text)[1]).toEqual(['for a patience we did not deserve', null]);
  });

  it('reads a quote continued over paragraphs as one quote with the speaker named at its end', () => {
    const text = 'Sarah Lund spoke at the port.\n\n“We have waited long enough for the ministry.\n\n“Tomorrow we stop every ferry,” she said.';
    expect(direct(text)).toEqual([['We have waited long enough for the ministry. Tomorrow we stop every ferry', 'Sarah Lund']]);
  });

  it('ends reported speech where a direct quote running past the sentence opens', () => {
    const d = quotesOf('The union said 900 members had joined by 4 a.m. "The numbers speak for themselves. This is the harbour," Daniel Okoro said.', 't', null);
    const indirect = d.quotes.find((q) => q.kind === 'indirect');
    expect(indirect?.text ?? '').not.toContain('numbers');
  });
});
