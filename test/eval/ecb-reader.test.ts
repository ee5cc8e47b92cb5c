import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { readEcbDocument, readEcbTopic, scoredMentions, topicsOf } from '../../src/eval/ecb/corpus.ts';
import { alignLines } from '../../src/eval/ecb/align.ts';
import { lineStarts, validatedSentences } from '../../src/eval/ecb/read.ts';

const ECB = fileURLToPath(new URL('../../../shared/benchmarks/ecbplus/', import.meta.url));

describe.skipIf(!existsSync(ECB))('the ECB+ reader on ../shared', () => {
  const validated = validatedSentences(ECB);

  // The figures of the README's split table: documents, validated sentences, gold event mentions in them,
  // chains (of them non-singleton).
  for (const [set, docs, sentences, mentions, chains, nonSingleton] of [
    ['dev', 197, 346, 1245, 409, 129],
    ['train', 575, 1037, 3808, 1527, 411],
  ] as const) {
    it(`${set}: ${docs} documents, ${sentences} validated sentences, ${mentions} mentions, ${chains} chains (${nonSingleton} non-singleton)`, () => {
      const all = topicsOf(set).flatMap((t) => readEcbTopic(ECB, t, validated));
      expect(all).toHaveLength(docs);
      expect(all.reduce((n, d) => n + d.validated.size, 0)).toBe(sentences);
      const scored = all.flatMap((d) => scoredMentions(d).map((m) => `${d.topic}/${m.chain}`));
      expect(scored).toHaveLength(mentions);
      const sizes = new Map<string, number>();
      for (const c of scored) sizes.set(c, (sizes.get(c) ?? 0) + 1);
      expect(sizes.size).toBe(chains);
      expect([...sizes.values()].filter((n) => n > 1)).toHaveLength(nonSingleton);
      // Line n of a text file is sentence n of its XML file; nearly every token is found (a handful of odd ones).
      for (const d of all) {
        const lineOf = lineStarts(d.text);
        for (const [n, s] of d.sentences) expect(lineOf(s.start), `${d.file} sentence ${n}`).toBe(n);
      }
      expect(all.reduce((n, d) => n + d.unlocated, 0)).toBeLessThanOrEqual(5);
    });
  }

  it('topic 1 holds both subtopics, ecb files first, and a cross-document chain spans documents', () => {
    const docs = readEcbTopic(ECB, 1, validated);
    expect(docs[0]!.file).toBe('1_1ecb');
    expect(new Set(docs.map((d) => d.subtopic))).toEqual(new Set(['ecb', 'ecbplus']));
    const files = new Map<string, Set<string>>();
    for (const d of docs) for (const m of d.mentions) if (m.crossDocument) files.set(m.chain, (files.get(m.chain) ?? new Set()).add(d.file));
    expect(Math.max(...[...files.values()].map((f) => f.size))).toBeGreaterThan(5);
  });
});

// An ECB+-style file written for this test.
const XML = `<Document doc_name="99_1ecbplus.xml">
<token t_id="1" sentence="0" number="0">http://x.org/a</token>
<token t_id="2" sentence="1" number="0">Quake</token>
<token t_id="3" sentence="1" number="1">hits</token>
<token t_id="4" sentence="2" number="0">A</token>
<token t_id="5" sentence="2" number="1">quake</token>
<token t_id="6" sentence="2" number="2">struck</token>
<token t_id="7" sentence="2" number="3">.</token>
<Markables>
<ACTION_OCCURRENCE m_id="1"  >
  <token_anchor t_id="2"/>
</ACTION_OCCURRENCE>
<ACTION_OCCURRENCE m_id="2"  note="byCROMER" >
  <token_anchor t_id="5"/>
</ACTION_OCCURRENCE>
<ACTION_OCCURRENCE m_id="3"  >
  <token_anchor t_id="6"/>
</ACTION_OCCURRENCE>
<ACTION_OCCURRENCE m_id="4"  >
  <token_anchor t_id="3"/>
</ACTION_OCCURRENCE>
<ACTION_OCCURRENCE m_id="9" RELATED_TO="" TAG_DESCRIPTOR="t99_quake" instance_id="ACT1" />
<ACTION_OCCURRENCE m_id="10" RELATED_TO="" TAG_DESCRIPTOR="t99_strike" />
</Markables>
<Relations>
<CROSS_DOC_COREF r_id="1" note="ACT1" >
  <source m_id="1" />
  <source m_id="2" />
  <target m_id="9" />
</CROSS_DOC_COREF>
<INTRA_DOC_COREF r_id="2" >
  <source m_id="3" />
  <target m_id="10" />
</INTRA_DOC_COREF>
</Relations>
</Document>`;
const TEXT = 'http://x.org/a\nQuake hits\nA quake struck.\n';

describe('reading one ECB+ file', () => {
  const doc = readEcbDocument('99_1ecbplus', XML, TEXT, '/dev/null', new Set([1, 2]));

  it('reads every action (a CROMER one too), never an instance, with its chain', () => {
    expect(doc.mentions.map((m) => [m.text, m.chain])).toEqual([
      ['Quake', 'x:ACT1'],
      ['quake', 'x:ACT1'],
      ['struck', 'i:99_1ecbplus:10'],
      ['hits', 's:99_1ecbplus:4'],
    ]);
    expect(doc.subtopic).toBe('ecbplus');
    expect(doc.sentences.get(2)).toEqual({ start: 26, end: 41 });
  });

  it('places the lines the cleaner kept and drops the others', () => {
    const cleaned = 'http://x.org/a\n\nA quake struck.';
    const align = alignLines(TEXT, cleaned);
    expect(align.dropped).toEqual([1]);
    const quake = doc.mentions[1]!.tokens[0]!;
    expect(cleaned.slice(align.map(quake.start)!, align.map(quake.end - 1)! + 1)).toBe('quake');
    expect(align.map(doc.mentions[0]!.tokens[0]!.start)).toBeNull();
  });
});
