/** Log and crash files: they rotate, and what is written of an error never carries its message. */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { summariseError } from '../../../src/main/diagnostics/error-summary';
import { RotatingLog } from '../../../src/main/diagnostics/rotating-log';
import { writeCrashFile } from '../../../src/main/diagnostics/crash-files';

const NAME = 'सुनीता कुमारी Sunita Kumari';
const tmp = () => mkdtempSync(join(tmpdir(), 'homeward-logs-'));

function failingDeepInside(): never {
  throw new TypeError(`Cannot save ${NAME}: UNIQUE constraint failed`);
}

function caught(): Error {
  try {
    failingDeepInside();
  } catch (e) {
    return e as Error;
  }
}

describe('error summaries', () => {
  it('keep the class, the code and the frames, and drop the message (which quotes data)', () => {
    const error = Object.assign(caught(), { code: 'SQLITE_CONSTRAINT_UNIQUE' });
    expect(error.stack).toContain('Sunita'); // V8 puts the message in the stack's first line
    const s = summariseError(error);
    expect(s.name).toBe('TypeError');
    expect(s.code).toBe('SQLITE_CONSTRAINT_UNIQUE');
    expect(s.frames[0]).toMatch(/^failingDeepInside .*log-files\.test\.ts:\d+:\d+$/);
    expect(JSON.stringify(s)).not.toMatch(/Sunita|सुनीता|UNIQUE constraint/);
  });

  it('a message spread over several lines cannot pass for a frame', () => {
    const e = new Error('first line\n    at Sunita Kumari (/tmp/x.js:1:1)');
    const s = summariseError(e);
    expect(s.frames.length).toBeGreaterThan(0);
    expect(JSON.stringify(s)).not.toMatch(/Sunita/);
    const rewritten = Object.assign(new Error('x'), { stack: 'Sunita Kumari\n    at Sunita (/tmp/x.js:1:1)' });
    expect(summariseError(rewritten).frames).toEqual([]);
  });

  it('anything thrown that is not an Error is named by its type only', () => {
    expect(summariseError(NAME)).toEqual({ name: 'string', code: null, frames: [] });
  });
});

describe('the rotating log', () => {
  it('rotates past its size, keeping a fixed number of old files', () => {
    const dir = tmp();
    const log = new RotatingLog(dir, { maxBytes: 500, keep: 3 });
    for (let i = 0; i < 100; i++) log.write({ event: 'test.line', i });
    expect(readdirSync(dir).sort()).toEqual(['homeward.1.log', 'homeward.2.log', 'homeward.3.log', 'homeward.log']);
    const current = readFileSync(log.file, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { i: number; event: string; at: string });
    expect(current.at(-1)).toMatchObject({ event: 'test.line', i: 99 });
    const older = JSON.parse(readFileSync(join(dir, 'homeward.1.log'), 'utf8').trim().split('\n').at(-1)!) as { i: number };
    expect(older.i).toBe(current[0]!.i - 1); // nothing lost between the files
    for (const f of readdirSync(dir)) expect(readFileSync(join(dir, f)).length).toBeLessThanOrEqual(500);
  });
});

describe('crash files', () => {
  it('hold process, reason, exit code, version and an error summary; only the newest are kept', () => {
    const dir = tmp();
    const start = Date.parse('2026-11-29T10:00:00Z');
    for (let i = 0; i < 13; i++) {
      writeCrashFile(dir, { process: 'backend', reason: 'exited', exitCode: i, appVersion: '0.1.0', error: summariseError(caught()) }, new Date(start + i * 1000), 10);
    }
    const files = readdirSync(dir).sort();
    expect(files).toHaveLength(10);
    expect(files[0]).toBe('crash-2026-11-29T10-00-03-000Z.json');
    const last = JSON.parse(readFileSync(join(dir, files.at(-1)!), 'utf8')) as { exitCode: number; error: { name: string } };
    expect(last).toMatchObject({ process: 'backend', exitCode: 12, appVersion: '0.1.0', error: { name: 'TypeError' } });
    for (const f of files) expect(readFileSync(join(dir, f), 'utf8')).not.toMatch(/Sunita|सुनीता/);
  });
});
