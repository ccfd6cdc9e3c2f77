import { describe, expect, it } from 'vitest';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawn } from 'node:child_process';
import { openEncrypted, integrityProblems } from '../../src/main/db/open';
import { migrate, schemaVersion } from '../../src/main/db/migrate';
import { AppError } from '../../src/shared/api/errors';
import { ADMIN, childInput, makeBackend } from '../helpers/backend';

const KEY = new Uint8Array(32).fill(9);
const fixture = join(process.cwd(), 'test/fixtures/migrations-rebuild');
const tmp = () => mkdtempSync(join(tmpdir(), 'homeward-storage-'));

describe('the encrypted database', () => {
  it('holds no plaintext of a child’s name in any of its files', async () => {
    const t = await makeBackend();
    await t.setup();
    await t.login();
    await t.call('children.admit', childInput({ name: 'Zebulonia Quintaverde', fatherName: 'Xerxes Quintaverde' }));
    await t.call('children.admit', childInput({ admissionNo: 'B', name: 'ज़ेबुलोनिया' }));
    const needles = ['Zebulonia', 'Quintaverde', 'ज़ेबुलोनिया', 'CREATE TABLE'].map((s) => Buffer.from(s, 'utf8'));
    const check = () => {
      for (const f of readdirSync(t.dataDir)) {
        const bytes = readFileSync(join(t.dataDir, f));
        for (const n of needles) expect(bytes.includes(n), `${f} contains ${n.toString()}`).toBe(false);
      }
    };
    check(); // while open: the WAL holds the newest pages
    await t.call('auth.logout', {});
    check(); // after the checkpoint on close
  });

  it('refuses a wrong key in plain words', () => {
    const dir = tmp();
    const db = openEncrypted(join(dir, 'x.db'), KEY);
    db.exec('CREATE TABLE t (x)');
    db.close();
    expect(() => openEncrypted(join(dir, 'x.db'), new Uint8Array(32).fill(1))).toThrow(/damaged or does not belong/);
  });

  it('refuses a corrupted database file at sign-in, with a plain reason', async () => {
    const t = await makeBackend();
    await t.setup();
    const file = join(t.dataDir, 'homeward.db');
    const bytes = readFileSync(file);
    bytes.fill(0x41, 0, 4096); // the first page, where the header and the key check live
    writeFileSync(file, bytes);
    const err = await t.fail('auth.login', { username: ADMIN.username, password: ADMIN.password });
    expect(err.code).toBe('database_damaged');
    expect(err.message).toMatch(/Restore it from a backup/);
  });

  it('keeps child rows through a table-rebuild migration (ON DELETE CASCADE)', () => {
    const dir = tmp();
    const folder = join(dir, 'migrations');
    cpSync(fixture, folder, { recursive: true });
    const journal = JSON.parse(readFileSync(join(folder, 'meta/_journal.json'), 'utf8'));
    const first = { ...journal, entries: journal.entries.slice(0, 1) };
    writeFileSync(join(folder, 'meta/_journal.json'), JSON.stringify(first));
    const file = join(dir, 'r.db');
    const db = openEncrypted(file, KEY);
    migrate(db, folder, file);
    db.prepare(`INSERT INTO parent VALUES ('p1', 'Home')`).run();
    db.prepare(`INSERT INTO child VALUES ('c1', 'p1', 'Asha'), ('c2', 'p1', 'Ravi')`).run();

    writeFileSync(join(folder, 'meta/_journal.json'), JSON.stringify(journal));
    const result = migrate(db, folder, file);
    expect(result).toMatchObject({ from: 1, to: 2 });
    expect(db.prepare('SELECT count(*) AS n FROM child').get()).toEqual({ n: 2 });
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    // The backup taken before migrating is an encrypted copy that opens with the same key.
    expect(existsSync(result.backupFile!)).toBe(true);
    expect(readFileSync(result.backupFile!).includes(Buffer.from('Asha'))).toBe(false);
    const backup = openEncrypted(result.backupFile!, KEY, { readonly: true });
    expect(backup.prepare('SELECT count(*) AS n FROM child').get()).toEqual({ n: 2 });
    expect(schemaVersion(backup)).toBe(1);

    // Control: the same rebuild with foreign keys on inside the transaction (what drizzle's
    // own migrate() does) deletes the children. The fixture really exercises the danger.
    const naive = openEncrypted(result.backupFile!, KEY);
    naive.pragma('foreign_keys = ON');
    const rebuild = readFileSync(join(folder, '0001_rebuild_parents.sql'), 'utf8').split('--> statement-breakpoint');
    naive.transaction(() => rebuild.forEach((sql) => naive.exec(sql)))();
    expect(naive.prepare('SELECT count(*) AS n FROM child').get()).toEqual({ n: 0 });
  });

  it('refuses a database written by a newer version, changing nothing', () => {
    const dir = tmp();
    const file = join(dir, 'n.db');
    const db = openEncrypted(file, KEY);
    migrate(db, join(process.cwd(), 'migrations'), file);
    db.pragma('user_version = 99');
    const before = db.prepare(`SELECT count(*) AS n FROM sqlite_master`).get();
    let err: unknown;
    try {
      migrate(db, join(process.cwd(), 'migrations'), file);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).code).toBe('database_newer');
    expect((err as AppError).message).toMatch(/newer version of Homeward/);
    expect(db.prepare(`SELECT count(*) AS n FROM sqlite_master`).get()).toEqual(before);
    expect(schemaVersion(db)).toBe(99);
  });

  it('survives a kill in the middle of a write: reopens, integrity ok, journal verifies', { timeout: 120_000 }, async () => {
    const t = await makeBackend();
    await t.setup();
    await t.login();
    await t.call('children.admit', childInput());
    await t.call('auth.logout', {});
    const copy = tmp();
    for (const f of readdirSync(t.dataDir)) copyFileSync(join(t.dataDir, f), join(copy, f));
    // A child process that writes children in a loop is killed with SIGKILL mid-stream.
    const script = `
      import { createBackend } from ${JSON.stringify(join(process.cwd(), 'src/main/backend.ts'))};
      const b = await createBackend({ dataDir: ${JSON.stringify(copy)}, resourcesDir: ${JSON.stringify(process.cwd())} });
      const s = await b.dispatch({ method: 'auth.login', input: ${JSON.stringify({ username: ADMIN.username, password: ADMIN.password })} }, 'direct');
      const input = ${JSON.stringify(childInput())};
      for (let i = 0; ; i++) {
        await b.dispatch({ method: 'children.admit', input: { ...input, admissionNo: 'K-' + i }, session: s.result.sessionToken }, 'direct');
        if (i === 30) process.stdout.write('writing\\n');
      }`;
    const scriptFile = join(copy, 'writer.mts');
    writeFileSync(scriptFile, script);
    const writer = spawn(process.execPath, ['--import', 'tsx', scriptFile], { stdio: ['ignore', 'pipe', 'inherit'] });
    await new Promise<void>((resolve) => writer.stdout.on('data', (d: Buffer) => d.toString().includes('writing') && resolve()));
    await new Promise((r) => setTimeout(r, 150)); // well inside the stream of writes
    writer.kill('SIGKILL');
    const signal = await new Promise((resolve) => writer.on('exit', (_code, sig) => resolve(sig)));
    expect(signal).toBe('SIGKILL');

    const t2 = await makeBackend({ dataDir: copy });
    await t2.login();
    expect(integrityProblems(t2.backend.core.vault.db())).toEqual([]);
    const report = await t2.call('audit.verify', {});
    expect(report.problems).toEqual([]);
    expect(report.ok).toBe(true);
    expect((await t2.call('children.list', {})).total).toBeGreaterThan(30);
  });
});
