import { describe, expect, it } from 'vitest';
import { seedAnalysis } from '../helpers.ts';

describe('evidence spans on the seeds', () => {
  it('every event, trigger, quote and timeline span is exactly the text it points at', async () => {
    const analysis = await seedAnalysis();
    const text = new Map(analysis.documents.map((d) => [d.id, d.text]));
    const spans = [
      ...analysis.events.flatMap((e) => e.mentions),
      ...analysis.timeline.map((t) => t.evidence),
    ];
    for (const span of spans) expect(text.get(span.document)!.slice(span.start, span.end)).toBe(span.text);
    // Each report's trigger is its own words, inside the sentence it cites.
    for (const m of analysis.events.flatMap((e) => e.mentions)) {
      expect(text.get(m.document)!.slice(m.trigger.start, m.trigger.end)).toBe(m.trigger.text);
      expect(m.trigger.text.length).toBeGreaterThan(0);
      expect(m.trigger.start >= m.start && m.trigger.end <= m.end).toBe(true);
    }
    for (const q of analysis.quotes) {
      for (const m of q.mentions) {
        const words = text.get(m.document)!.slice(m.start, m.end);
        expect(words.length).toBeGreaterThan(0);
      }
    }
  });
});
