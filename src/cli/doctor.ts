/** `storyline doctor`: checks that the store is whole (SQLite's checks and our invariants); exit 1 when it is not. */
import { ERROR_CODES, StorylineError } from '../errors.ts';
import { Store } from '../storage/sqlite.ts';
import type { DoctorReport } from '../storage/doctor.ts';
import { parse } from './args.ts';
import { STORE_FLAGS, STORE_HELP, storePath } from './store-flags.ts';

export const DOCTOR_HELP = `Usage: storyline doctor [--db FILE] [--json]

Check the store: SQLite's integrity and foreign-key checks, full-text indexes in sync with their tables, every
run's rows matching its stored analysis, no orphan rows, every event's and quote's evidence pointing at a stored
document, timeline entries, participants and duplicate groups naming stored events, entities and documents, every
library document matching its content hash. Nothing is modified.
Exit codes: 0 the store is whole, 1 a check failed (each problem is listed) or the store cannot be opened.
${STORE_HELP}
  --json               the report as JSON
  -h, --help           this help
`;

export async function doctorCommand(argv: string[]): Promise<number> {
  const { values } = parse(argv, { ...STORE_FLAGS, json: { type: 'boolean' } });
  if (values.help) {
    process.stdout.write(DOCTOR_HELP);
    return 0;
  }
  const report = examine(storePath(values));
  if (values.json) process.stdout.write(JSON.stringify(report, null, 2) + '\n');
  else process.stdout.write(renderReport(report));
  return report.ok ? 0 : ERROR_CODES.STORE_CORRUPT.exit;
}

/** Opens the store for writing when it can (the full-text checks need it), else read-only; never creates one. */
function examine(file: string): DoctorReport {
  let store: Store;
  try {
    store = new Store(file, { mustExist: true });
  } catch (error) {
    if (!(error instanceof StorylineError) || error.code !== 'STORE_READONLY') throw error;
    store = new Store(file, { readOnly: true });
  }
  try {
    return store.check();
  } finally {
    store.close();
  }
}

function renderReport(report: DoctorReport): string {
  const { runs, documents, events, library } = report.counts;
  const lines = [`store: ${report.file}`, `${runs} run(s) (${documents} documents, ${events} events), ${library} library document(s)`];
  for (const check of report.checks) {
    lines.push(`${check.skipped ? 'skip' : check.ok ? 'ok  ' : 'FAIL'}  ${check.name}${check.skipped ? ` (${check.skipped})` : ''}`);
    for (const problem of check.problems) lines.push(`        ${problem}`);
  }
  const failed = report.checks.filter((c) => !c.ok).length;
  lines.push(failed === 0 ? 'the store is whole' : `${failed} check(s) failed`);
  return lines.join('\n') + '\n';
}
