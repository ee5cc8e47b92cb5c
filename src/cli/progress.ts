/**
 * A progress bar on stderr for long runs, shown only when stderr is a terminal (never in pipes, CI or --json to
 * stdout), so machine-readable output stays clean.
 */
import cliProgress from 'cli-progress';

export type ProgressReporter = ((stage: string, done: number, total: number) => void) & { stop(): void };

export function progressReporter(enabled = Boolean(process.stderr.isTTY)): ProgressReporter {
  let bar: cliProgress.SingleBar | null = null;
  let current = '';
  const report = (stage: string, done: number, total: number) => {
    if (!enabled || total < 2) return;
    if (stage !== current) {
      bar?.stop();
      current = stage;
      bar = new cliProgress.SingleBar(
        { format: `${stage.padEnd(10)} [{bar}] {value}/{total} ({eta}s left)`, stream: process.stderr, hideCursor: true },
        cliProgress.Presets.shades_classic,
      );
      bar.start(total, done);
    } else {
      bar?.update(done);
    }
  };
  return Object.assign(report, {
    stop() {
      bar?.stop();
      bar = null;
    },
  });
}
