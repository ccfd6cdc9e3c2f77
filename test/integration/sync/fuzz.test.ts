/**
 * Mutation fuzzing: thousands of random changes to a valid package (flipped bytes,
 * overwritten runs, cuts, insertions), with a fixed seed. None may be applied, none may
 * crash the process, and each is refused with a stated reason — except mutations that
 * leave every entry's bytes intact (zip timestamps and the like), which the registry sees
 * as the package it already has, and so changes nothing.
 */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AppError } from '../../../src/shared/api/errors';
import { ingestPackage } from '../../../src/main/registry/ingest';
import { refusalOf } from '../../../src/main/sync/format/refusal';
import { admitWithPhotos, dbDigest, enroll, exportPackage, makeOffice, makeRegistry } from './sync-fixture';
import { writeTemp } from './package-tools';
import { Prng } from '../../../src/main/demo/prng';

const MUTATIONS = 2000;

function mutate(bytes: Buffer, rand: (n: number) => number): Buffer {
  const out = Buffer.from(bytes);
  switch (rand(4)) {
    case 0:
      for (let i = 0, n = 1 + rand(4); i < n; i++) out[rand(out.length)]! ^= 1 << rand(8);
      return out;
    case 1: {
      const at = rand(out.length);
      out.fill(rand(256), at, Math.min(out.length, at + 1 + rand(16)));
      return out;
    }
    case 2:
      return out.subarray(0, rand(out.length));
    default: {
      const at = rand(out.length);
      return Buffer.concat([out.subarray(0, at), Buffer.from([rand(256), rand(256)]), out.subarray(at)]);
    }
  }
}

describe('fuzzing the registry’s ingest', { timeout: 180_000 }, () => {
  it(`accepts none of ${MUTATIONS} mutated packages and never crashes`, async () => {
    const registry = await makeRegistry();
    const office = await makeOffice();
    await enroll(office, registry);
    await admitWithPhotos(office, 1, 1);
    const dir = mkdtempSync(join(tmpdir(), 'homeward-fuzz-'));
    const { file } = await exportPackage(office, dir);
    expect((await ingestPackage(registry.db, registry.paths, file, { now: () => new Date() })).status).toBe('applied');
    const original = readFileSync(file);
    const digest = dbDigest(registry.db);
    const prng = new Prng(20261128);
    const rand = (n: number) => prng.int(0, n - 1);
    const outcomes: Record<string, number> = {};
    for (let i = 0; i < MUTATIONS; i++) {
      const mutant = writeTemp(dir, 'mutant.hwpkg', mutate(original, rand));
      let outcome: string;
      try {
        const o = await ingestPackage(registry.db, registry.paths, mutant, { now: () => new Date() });
        expect(o.status, `mutation ${i} was ${o.status}`).toBe('duplicate');
        outcome = 'unchanged entries (duplicate)';
      } catch (e) {
        expect(e, `mutation ${i}: ${(e as Error).stack}`).toBeInstanceOf(AppError);
        outcome = refusalOf(e) ?? (e as AppError).code;
      }
      outcomes[outcome] = (outcomes[outcome] ?? 0) + 1;
    }
    expect(dbDigest(registry.db)).toBe(digest);
    process.stderr.write(`fuzz outcomes: ${JSON.stringify(outcomes)}\n`);
  });
});
