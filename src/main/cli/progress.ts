/** A progress bar on stderr for long jobs (stdout stays clean for --json and paths). */
import cliProgress from 'cli-progress';
import type { JobEvent } from '../../shared/api/contract';

export function progressReporter(label: string): { update(e: JobEvent): void; stop(): void } {
  if (!process.stderr.isTTY) {
    let lastPhase = '';
    return {
      update(e) {
        if (e.state === 'running' && e.phase !== lastPhase) {
          lastPhase = e.phase;
          process.stderr.write(`${label}: ${e.phase}…\n`);
        }
      },
      stop() {},
    };
  }
  const bar = new cliProgress.SingleBar({ format: `${label} {phase} [{bar}] {value}/{total}`, stream: process.stderr, hideCursor: true, clearOnComplete: true }, cliProgress.Presets.shades_classic);
  let started = false;
  return {
    update(e) {
      if (e.state !== 'running') return;
      if (!started) {
        bar.start(e.total, e.done, { phase: e.phase });
        started = true;
      }
      bar.setTotal(e.total);
      bar.update(e.done, { phase: e.phase });
    },
    stop() {
      if (started) bar.stop();
    },
  };
}
