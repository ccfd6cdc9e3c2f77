/**
 * The app's log on the institution PC: one JSON line per event, in the user's data folder,
 * never sent anywhere. When the file passes `maxBytes` it becomes .1, the older ones shift up,
 * and the oldest past `keep` is deleted, so the log never grows without bound.
 */
import { appendFileSync, existsSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { ErrorSummary } from './error-summary';

/** Codes, numbers, versions and error summaries: never text taken from records or from error messages. */
export type LogValue = string | number | boolean | null | ErrorSummary;
export interface LogEvent {
  /** What happened, a fixed name: "app.start", "backend.exit", "update.installing"… */
  event: string;
  [field: string]: LogValue;
}

export class RotatingLog {
  readonly file: string;

  constructor(
    readonly dir: string,
    private readonly opts: { name?: string; maxBytes?: number; keep?: number; now?: () => Date } = {},
  ) {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    this.file = join(dir, `${opts.name ?? 'homeward'}.log`);
  }

  private rotated(n: number): string {
    return join(this.dir, `${this.opts.name ?? 'homeward'}.${n}.log`);
  }

  write(entry: LogEvent): void {
    const line = `${JSON.stringify({ at: (this.opts.now?.() ?? new Date()).toISOString(), ...entry })}\n`;
    if (existsSync(this.file) && statSync(this.file).size + line.length > (this.opts.maxBytes ?? 1_000_000)) this.rotate();
    appendFileSync(this.file, line, { mode: 0o600 });
  }

  private rotate(): void {
    const keep = this.opts.keep ?? 4;
    rmSync(this.rotated(keep), { force: true });
    for (let n = keep - 1; n >= 1; n--) if (existsSync(this.rotated(n))) renameSync(this.rotated(n), this.rotated(n + 1));
    renameSync(this.file, this.rotated(1));
  }
}
