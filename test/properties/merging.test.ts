/**
 * Properties of event merging (fast-check): clustering the event mentions of a corpus does not depend on the order
 * they arrive in, and analysing a corpus given as two batches (in either order) gives the events one batch gives.
 * Events are compared as sets of mention spans (document source and offsets): ids follow input order by design.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readInputs } from '../../src/ingest/index.ts';
import { analyzeDocuments } from '../../src/pipeline.ts';
import { cleanDocument } from '../../src/clean/index.ts';
import { extractMetadata } from '../../src/metadata/index.ts';
import { annotate } from '../../src/language/index.ts';
import { loadGazetteer } from '../../src/language/entities/index.ts';
import { extractEventMentions } from '../../src/events/index.ts';
import { resolveEntities } from '../../src/resolve/entities.ts';
import { featuresOf } from '../../src/resolve/events/features.ts';
import { clusterMentions } from '../../src/resolve/events/cluster.ts';
import type { Analysis, AnnotatedDocument, RawDocument } from '../../src/model.ts';
import { SEEDS } from '../helpers.ts';

const raws: RawDocument[] = await readInputs([SEEDS]);

function partition(clusters: { members: { mention: { id: string } }[] }[]): string[] {
  return clusters.map((c) => c.members.map((m) => m.mention.id).sort().join(' ')).sort();
}

function eventSets(a: Analysis): string[] {
  const source = new Map(a.documents.map((d) => [d.id, d.source]));
  return a.events.map((e) => e.mentions.map((m) => `${source.get(m.document)}@${m.start}-${m.end}`).sort().join(' ') + ` ${e.type} ${e.date.value}`).sort();
}

describe('event merging properties', () => {
  it('clusters do not depend on the order the mentions arrive in', () => {
    const gazetteer = loadGazetteer([]);
    const docs: AnnotatedDocument[] = raws.map((raw, i) => {
      const cleaned = cleanDocument(raw, `d0${i + 1}`);
      const doc = { ...cleaned, metadata: extractMetadata(cleaned) };
      return { ...doc, ...annotate(doc, { gazetteer }) };
    });
    const ctx = { docs, eventMentions: docs.flatMap(extractEventMentions), entities: resolveEntities(docs), duplicates: [] };
    const features = featuresOf(ctx);
    const reference = partition(clusterMentions(features));
    expect(reference.length).toBeGreaterThan(3);
    fc.assert(
      // Indexes, not the features themselves, so that a counterexample prints as a short list.
      fc.property(fc.shuffledSubarray([...features.keys()], { minLength: features.length, maxLength: features.length }), (order) => {
        expect(partition(clusterMentions(order.map((i) => features[i]!)))).toEqual(reference);
      }),
      { numRuns: 200 },
    );
  });

  it('two batches, in either order, give the events of one batch', () => {
    const reference = eventSets(analyzeDocuments(raws));
    fc.assert(
      fc.property(fc.integer({ min: 1, max: raws.length - 1 }), (cut) => {
        const [first, second] = [raws.slice(0, cut), raws.slice(cut)];
        expect(eventSets(analyzeDocuments([...second, ...first]))).toEqual(reference);
      }),
      { numRuns: 2 },
    );
  });
});
