import { describe, expect, it } from 'vitest';
import { labelTml } from '../../../src/eval/events-corpus.ts';
import { parseTmlEvents } from '../../../src/eval/tml-events.ts';

// A TimeML document written for this test, with the quirks of TimeBank: a tag opening on a space, a hyphenated
// event, an entity, and an EVENT outside <TEXT> that must not count.
const TML = `<?xml version="1.0" ?>
<TimeML>
<DCT><TIMEX3 tid="t0" type="DATE" value="1998-02-10" functionInDocument="CREATION_TIME">19980210</TIMEX3></DCT>
<TITLE>Court <EVENT eid="e0" class="OCCURRENCE">rules</EVENT></TITLE>
<TEXT>
The court <EVENT eid="e1" class="OCCURRENCE">convicted</EVENT> him on <TIMEX3 tid="t1" type="DATE" value="1998-02-10">Tuesday</TIMEX3> after the <EVENT eid="e2" class="OCCURRENCE">cease-fire</EVENT>.
AT&amp;T <EVENT eid="e3" class="REPORTING"> said</EVENT> the <EVENT eid="e4" class="OCCURRENCE">talks</EVENT> were <EVENT eid="e5" class="STATE">over</EVENT>.
</TEXT>
</TimeML>`;

describe('TimeML EVENT reader', () => {
  it('gives each gold EVENT and TIMEX3 as offsets into the plain text of <TEXT>', () => {
    const doc = parseTmlEvents(TML);
    expect(doc.dct).toBe('1998-02-10');
    expect(doc.events.map((e) => e.text)).toEqual(['convicted', 'cease-fire', 'said', 'talks', 'over']);
    for (const e of doc.events) expect(doc.text.slice(e.start, e.end)).toBe(e.text);
    expect(doc.events[2]!.eventClass).toBe('REPORTING');
    expect(doc.timexes.map((t) => doc.text.slice(t.start, t.end))).toEqual(['Tuesday']);
    expect(doc.text).toContain('AT&T  said'); // the tag's own space stays in the text, outside the span
  });

  it('aligns every event to one head token of the runtime tokenizer', () => {
    const { sentences, unaligned } = labelTml(TML, 'gold');
    expect(unaligned).toBe(0);
    const heads = sentences.flatMap((s) => s.input.words.filter((_, i) => s.gold[i]! > 0));
    expect(heads).toHaveLength(5);
    expect(heads).toEqual(expect.arrayContaining(['convicted', 'said', 'talks', 'over']));
    // A hyphenated event is headed by its last part (or is one token if the tokenizer keeps it whole).
    expect(heads.some((w) => w === 'cease-fire' || w === 'fire')).toBe(true);
    const tuesday = sentences[0]!.input.words.indexOf('Tuesday');
    expect(sentences[0]!.input.inTimex![tuesday]).toBe(true);
  });
});
