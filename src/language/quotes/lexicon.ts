/** The reporting-verb lexicon (data/lexicon/cue-verbs.json) as sets. */
import { loadData } from '../../data.ts';

export interface CueLexicon {
  verbs: Set<string>;
  withObject: Set<string>;
  phrases: string[];
  sources: Set<string>;
  listeners: string[];
  pronouns: Set<string>;
  scareQuoteMaxWords: number;
  indirect: Set<string>;
  thatRequired: Set<string>;
  subordinators: Set<string>;
}

let cached: CueLexicon | null = null;

export function cueLexicon(): CueLexicon {
  if (cached) return cached;
  const raw = loadData<{ verbs: string[]; withObject: string[]; phrases: string[]; sources: string[]; listeners: string[]; pronouns: string[]; scareQuoteMaxWords: number; indirect: string[]; thatRequired: string[]; subordinators: string[] }>(
    'lexicon/cue-verbs.json',
  );
  cached = {
    verbs: new Set(raw.verbs),
    withObject: new Set(raw.withObject),
    phrases: raw.phrases,
    sources: new Set(raw.sources),
    listeners: raw.listeners,
    pronouns: new Set(raw.pronouns),
    scareQuoteMaxWords: raw.scareQuoteMaxWords,
    indirect: new Set(raw.indirect),
    thatRequired: new Set(raw.thatRequired),
    subordinators: new Set(raw.subordinators),
  };
  return cached;
}
