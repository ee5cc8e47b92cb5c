import { describe, expect, it } from 'vitest';
import { find, mentionsOf } from './helpers.ts';

describe('title patterns', () => {
  it('puts the title in roles and the mention on the name', () => {
    const ms = mentionsOf('The talks were led by Kremlin aide Yuri Ushakov and U.S. Secretary of Defense Lloyd Austin III on Monday.');
    const ushakov = find(ms, 'Yuri Ushakov')!;
    expect(ushakov.type).toBe('person');
    expect(ushakov.gazetteerId).toBe('person:yuri-ushakov');
    expect(ushakov.roles).toContain('Kremlin aide');
    expect(find(ms, 'Kremlin')).toBeUndefined();
    expect(find(ms, 'Lloyd Austin III')?.name).toBe('Lloyd Austin');
    expect(find(ms, 'Monday')).toBeUndefined();
  });
  it('keeps unknown names found after a title as their own people', () => {
    const ms = mentionsOf('According to his spokesman Marek Olbrycht, the minister left early.');
    const m = find(ms, 'Marek Olbrycht')!;
    expect(m).toMatchObject({ type: 'person', gazetteerId: null, name: 'Marek Olbrycht', via: 'title-pattern' });
    expect(m.roles).toEqual(['spokesman']);
  });
});

describe('title-only mentions', () => {
  it('resolves to the person named with that title earlier in the document', () => {
    const ms = mentionsOf('Finnish President Aarne Koskela met reporters. Later the Finnish president left for Oslo.');
    const t = find(ms, 'Finnish president')!;
    expect(t.key).toBe(find(ms, 'Aarne Koskela')!.key);
    expect(t.name).toBe('Aarne Koskela');
  });
  it('resolves to the gazetteer office holder at the publication date', () => {
    expect(find(mentionsOf('The U.S. secretary of state flew to Kyiv.', '2022-03-01'), 'U.S. secretary of state')?.gazetteerId).toBe('person:antony-blinken');
    expect(find(mentionsOf('The U.S. secretary of state flew to Kyiv.', '2019-03-01'), 'U.S. secretary of state')?.gazetteerId).toBe('person:mike-pompeo');
  });
  it('does not let a president of another country be the antecedent', () => {
    const ms = mentionsOf('President Biden told the Russian president that sanctions would follow.', '2022-02-12');
    expect(find(ms, 'Russian president')?.gazetteerId).toBe('person:vladimir-putin');
  });
  it('drops a bare generic title nobody holds', () => {
    expect(find(mentionsOf('The Secretary made clear that talks would go on.'), 'Secretary')).toBeUndefined();
  });
  it('links "the Secretary" to a person titled Secretary before', () => {
    const ms = mentionsOf('Secretary Blinken arrived. The Secretary made clear that talks would go on.');
    expect(find(ms, 'Secretary')?.gazetteerId).toBe('person:antony-blinken');
  });
});

describe('coreference within the document', () => {
  it('joins a surname and "Mr. X" to the full name', () => {
    const ms = mentionsOf('Anatol Brezhnoy spoke in Vienna. Later Mr. Brezhnoy said the plan failed. Brezhnoy left.');
    const keys = ms.filter((m) => /Brezhnoy/.test(m.text)).map((m) => m.key);
    expect(keys).toHaveLength(3);
    expect(new Set(keys).size).toBe(1);
    expect(ms.find((m) => m.text === 'Brezhnoy')?.name).toBe('Anatol Brezhnoy');
  });
  it('shares the roles of a referent among its mentions', () => {
    const ms = mentionsOf('French President Emmanuel Macron called. Macron said little.');
    expect(find(ms, 'Macron')?.roles).toContain('French President');
  });
});

describe('places, organizations and metonyms', () => {
  it('reads a capital used for its government as the country', () => {
    const ms = mentionsOf('Moscow denied the report, while talks in Moscow went on.');
    expect(ms[0]).toMatchObject({ text: 'Moscow', via: 'metonym', gazetteerId: 'country:RU', name: 'Russia' });
    expect(ms[1]).toMatchObject({ text: 'Moscow', via: 'gazetteer', gazetteerId: 'city:moscow' });
  });
  it('matches acronyms only in their own case', () => {
    const ms = mentionsOf('NATO met the EU. Let us talk, said a nato fan.');
    expect(ms.map((m) => m.text)).toEqual(['NATO', 'EU']);
  });
  it('types unknown names by their neighbours and suffixes', () => {
    const ms = mentionsOf('The report came from the Lisvanian Defence Ministry. Olek Varga met Putin in Tirsk. Putin warned Zoltanek about it.');
    expect(find(ms, 'Lisvanian Defence Ministry')?.type).toBe('organization');
    expect(find(ms, 'Olek Varga')?.type).toBe('person');
    expect(find(ms, 'Tirsk')?.type).toBe('location');
    expect(find(ms, 'Zoltanek')?.type).toBe('person');
  });
});

describe('false entities', () => {
  it('ignores calendar words, sentence-initial common words, page furniture and headline case', () => {
    const ms = mentionsOf('Related stories\nRead more\nOn Tuesday, Direct talks resumed in January.\nGiant Leap For Quiet Border Towns Announced');
    expect(ms).toEqual([]);
  });
});

describe('unknown one-word names', () => {
  it('keeps a lone capitalized word the document also capitalizes inside a sentence', () => {
    const ms = mentionsOf('Talks between Tarvosk and Ilmeria resumed. Ilmeria says the border is calm.');
    expect(ms.map((m) => m.name)).toEqual(expect.arrayContaining(['Tarvosk', 'Ilmeria']));
  });
});

describe('spans', () => {
  it('are exact', () => {
    const text = 'White House Press Secretary Jen Psaki said the U.S. president spoke to Zelensky’s team in Kyiv.';
    for (const m of mentionsOf(text, '2022-01-10')) expect(text.slice(m.start, m.end)).toBe(m.text);
  });
});

describe('organizations with company forms', () => {
  it('types a name ending in a company form as an organization', () => {
    const ms = mentionsOf('Shares in Marrowby Holdings fell after Tallis Freight Ltd. cut its forecast.');
    expect(find(ms, 'Marrowby Holdings')?.type).toBe('organization');
    expect(ms.find((m) => m.text.startsWith('Tallis Freight'))?.type).toBe('organization');
  });
  it('joins the short first-word form to the full company name', () => {
    const ms = mentionsOf('Quenby Logistics lost a contract on Monday. Quenby said the loss was small. Analysts expect Quenby to recover.');
    const full = find(ms, 'Quenby Logistics')!;
    const short = ms.filter((m) => m.text === 'Quenby');
    expect(short.length).toBeGreaterThan(0);
    for (const m of short) expect(m).toMatchObject({ key: full.key, type: 'organization', name: 'Quenby Logistics' });
  });
  it('does not join a place to a body named after it, nor a person called Mr', () => {
    const ms = mentionsOf('Dunmore City Council met in Dunmore on Friday. Ornby Group said Mr Ornby would retire.');
    expect(find(ms, 'Dunmore')?.key).not.toBe(find(ms, 'Dunmore City Council')?.key);
    expect(find(ms, 'Ornby')?.key).not.toBe(find(ms, 'Ornby Group')?.key);
  });
});

describe('possessive descriptions', () => {
  it('resolve "a place\'s largest union" to the body the document names', () => {
    const text = 'The Harbour and Dock Workers\' Federation met in Velmar. Talks in Norland failed, and Norland\'s largest dock union called a strike.';
    const union = mentionsOf(text).find((m) => m.via === 'definite');
    expect(union?.name).toBe("Harbour and Dock Workers' Federation");
  });
});

describe('bodies acting through their organs', () => {
  it('read "Kestrel Holdings\' board" as Kestrel Holdings', () => {
    const ms = mentionsOf('Shares in Kestrel Holdings rose. Kestrel Holdings\'s board rejected the offer on Monday.');
    expect(ms.find((m) => m.text === 'board')?.name).toBe('Kestrel Holdings');
  });
});
