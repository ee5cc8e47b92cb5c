import { describe, expect, it } from 'vitest';
import { labelEcb } from '../../../src/eval/events-ecb.ts';

// An ECB+-style file written for this test: two sentences, a one-token and a two-token action, a participant
// (not an event), and an action in a sentence outside the validated list.
const XML = `<Document doc_name="99_1ecb.xml">
<token t_id="1" sentence="0" number="0">Police</token>
<token t_id="2" sentence="0" number="1">arrested</token>
<token t_id="3" sentence="0" number="2">a</token>
<token t_id="4" sentence="0" number="3">man</token>
<token t_id="5" sentence="0" number="4">after</token>
<token t_id="6" sentence="0" number="5">the</token>
<token t_id="7" sentence="0" number="6">bank</token>
<token t_id="8" sentence="0" number="7">robbery</token>
<token t_id="9" sentence="0" number="8">.</token>
<token t_id="10" sentence="1" number="0">He</token>
<token t_id="11" sentence="1" number="1">denied</token>
<token t_id="12" sentence="1" number="2">it</token>
<token t_id="13" sentence="1" number="3">.</token>
<Markables>
<ACTION_OCCURRENCE m_id="1"  >
  <token_anchor t_id="2"/>
</ACTION_OCCURRENCE>
<ACTION_OCCURRENCE m_id="2"  >
  <token_anchor t_id="7"/>
  <token_anchor t_id="8"/>
</ACTION_OCCURRENCE>
<HUMAN_PART_PER m_id="3"  >
  <token_anchor t_id="4"/>
</HUMAN_PART_PER>
<ACTION_REPORTING m_id="4"  >
  <token_anchor t_id="11"/>
</ACTION_REPORTING>
<ACTION_OCCURRENCE m_id="5" TAG_DESCRIPTOR="t99_robbery" instance_id="x" />
</Markables>
</Document>`;
const TEXT = 'Police arrested a man after the bank robbery.\nHe denied it.\n';

function heads(keep: number[]): string[] {
  return labelEcb(XML, TEXT, new Set(keep)).flatMap((s) => s.input.words.filter((_, i) => s.gold[i]! > 0));
}

describe('ECB+ action mentions as training data', () => {
  it('marks the head of each action of a validated sentence, and no participant', () => {
    expect(heads([0])).toEqual(['arrested', 'robbery']);
  });

  it('leaves out the sentences that were not validated', () => {
    expect(labelEcb(XML, TEXT, new Set([0]))).toHaveLength(1);
    expect(heads([0, 1])).toEqual(['arrested', 'robbery', 'denied']);
  });
});
