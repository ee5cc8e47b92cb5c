/** `storyline eval …`: accuracy of the pipeline on the benchmark datasets, as text or JSON. */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { usageError } from '../errors.ts';
import { parse } from './args.ts';
import { DEFAULT_EXTRACTION_DIR, formatExtractionReport, runExtractionEval } from '../eval/extraction.ts';
import { formatTimeReport, runTimeEval } from '../eval/time.ts';
import { formatEventsReport, runEventsEval } from '../eval/events.ts';
import { formatTimelineScore, runTimelineEval } from '../eval/timeline.ts';
import { formatParseReport, runParseEval } from '../eval/parse.ts';
import { formatEcbReport, runEcbEval } from '../eval/ecb/index.ts';

/** The shared benchmarks sit beside the repository (../shared), wherever the command is run from. */
const SHARED = fileURLToPath(new URL('../../../shared/', import.meta.url));

export const EVAL_HELP = `Usage: storyline eval <suite> [options]

Suites:
  extraction [--dir D] [--limit N] [--no-compare]
      main-content extraction on the article-extraction benchmark (F1/P/R, ms per page),
      side by side with Readability.js on linkedom unless --no-compare
  time [<folder of TimeML files>] [--errors]
      time expressions on TimeML (default: the TempEval-3 TimeBank): extent and value F1 per type
  timeline <corpus> --gold FILE
      events against a gold timeline (docs/gold-format.md): recall, precision on dated events,
      split and mixed events, date and duration accuracy, document dates, aliases
  parse [<file.conllu>]
      dependency parsing with gold tokens and our tagger (default: UD English EWT test): UPOS accuracy,
      UAS and LAS with punctuation (CoNLL 2018) and without, words per second
  events [<folder of TimeML files>]
      event mentions against TimeML EVENT tags: P/R/F1 overall and per part of speech, on the
      TimeBank test split (every 5th file by name), or on every file of the folder given
  ecb [<ecbplus folder>] [--topics dev|train|all]
      ECB+ (default ../shared/benchmarks/ecbplus, dev topics): each topic analysed as one corpus;
      event-mention P/R/F1 by trigger, cross-document event coreference MUC, B³, CEAF-e and CoNLL F1
      over predicted mentions with singletons excluded, a same-lemma baseline, and the topics whose two
      main events come out apart and whole (a line per topic on stderr)

Options:
  --json        print the figures as JSON
  -h, --help    this help
`;

export async function evalCommand(argv: string[]): Promise<number> {
  const [suite, ...rest] = argv;
  if (suite === undefined || suite === '--help' || suite === '-h') {
    process.stdout.write(EVAL_HELP);
    return suite === undefined ? 2 : 0;
  }
  const { values, positionals } = parse(rest, {
    json: { type: 'boolean' },
    dir: { type: 'string' },
    limit: { type: 'string' },
    'no-compare': { type: 'boolean' },
    errors: { type: 'boolean' },
    gold: { type: 'string' },
    topics: { type: 'string' },
  });
  if (values.help) {
    process.stdout.write(EVAL_HELP);
    return 0;
  }
  switch (suite) {
    case 'extraction': {
      const dir = values.dir ?? DEFAULT_EXTRACTION_DIR;
      const limit = values.limit ? positiveInt(values.limit, '--limit') : undefined;
      const report = await runExtractionEval({ dir, limit, compare: !values['no-compare'] });
      process.stdout.write(values.json ? JSON.stringify(report, null, 2) + '\n' : formatExtractionReport(report));
      return 0;
    }
    case 'time': {
      const folder = positionals[0] ?? path.join(SHARED, 'benchmarks/tempeval3-timebank/TimeBank');
      const report = await runTimeEval(folder);
      process.stdout.write(values.json ? JSON.stringify(report, null, 2) + '\n' : formatTimeReport(report, { errors: values.errors }));
      return 0;
    }
    case 'timeline': {
      if (!positionals[0] || !values.gold) throw usageError('eval timeline needs a corpus and --gold FILE');
      const score = await runTimelineEval(positionals[0], values.gold);
      process.stdout.write(values.json ? JSON.stringify(score, null, 2) + '\n' : formatTimelineScore(score));
      return 0;
    }
    case 'events': {
      const folder = positionals[0] ?? path.join(SHARED, 'benchmarks/tempeval3-timebank/TimeBank');
      const report = runEventsEval(folder, positionals[0] !== undefined);
      process.stdout.write(values.json ? JSON.stringify(report, null, 2) + '\n' : formatEventsReport(report));
      return 0;
    }
    case 'parse': {
      const file = positionals[0] ?? path.join(SHARED, 'benchmarks/ud-english-ewt/en_ewt-ud-test.conllu');
      const report = runParseEval(file);
      process.stdout.write(values.json ? JSON.stringify(report, null, 2) + '\n' : formatParseReport(report));
      return 0;
    }
    case 'ecb': {
      const root = positionals[0] ?? path.join(SHARED, 'benchmarks/ecbplus');
      const topics = values.topics ?? 'dev';
      if (topics !== 'dev' && topics !== 'train' && topics !== 'all') throw usageError(`--topics expects dev, train or all, got "${topics}"`);
      const report = await runEcbEval(root, {
        topics,
        onTopic: (t, i, n) =>
          process.stderr.write(`[${i + 1}/${n}] topic ${t.topic}: ${t.documents} documents, ${t.events} events, ${t.matched}/${t.gold} gold mentions found, main events ${t.mainEvents.ok ? 'ok' : 'not'} (${t.seconds.toFixed(1)} s)\n`),
      });
      process.stdout.write(values.json ? JSON.stringify(report, null, 2) + '\n' : formatEcbReport(report));
      return 0;
    }
    default:
      throw usageError(`unknown eval suite "${suite}" (suites: extraction, time, timeline, events, parse, ecb)`);
  }
}

function positiveInt(value: string, flag: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw usageError(`${flag} expects a positive integer, got "${value}"`);
  return n;
}
