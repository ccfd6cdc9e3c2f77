/**
 * The data folder: the encrypted database, its key slots, and the one open connection.
 * The database key exists in memory only while someone is signed in.
 */
import { existsSync, mkdirSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { AppError } from '../../shared/api/errors';
import { openEncrypted, type Sqlite } from '../db/open';
import { migrate } from '../db/migrate';
import { convertJournalFormat } from '../journal/convert-format';
import { compactIfPending } from '../purge/compact';
import { KeySlots } from './key-slots';

export const DB_FILE = 'homeward.db';
export const KEYS_FILE = 'keys.json';

export class Vault {
  readonly dbFile: string;
  readonly keysFile: string;
  private slots: KeySlots | null;
  private connection: Sqlite | null = null;
  private key: Uint8Array | null = null;

  constructor(
    readonly dataDir: string,
    private readonly migrationsDir: string,
    private readonly now: () => Date = () => new Date(),
  ) {
    mkdirSync(dataDir, { recursive: true, mode: 0o700 });
    this.dbFile = join(dataDir, DB_FILE);
    this.keysFile = join(dataDir, KEYS_FILE);
    this.slots = KeySlots.exists(this.keysFile) ? KeySlots.load(this.keysFile) : null;
  }

  get isSetUp(): boolean {
    return this.slots !== null;
  }

  get keySlots(): KeySlots {
    if (!this.slots) throw new AppError('not_set_up', 'Homeward has not been set up on this computer yet.');
    return this.slots;
  }

  get isOpen(): boolean {
    return this.connection !== null;
  }

  db(): Sqlite {
    if (!this.connection) throw new AppError('unauthenticated', 'Please sign in.');
    return this.connection;
  }

  databaseKey(): Uint8Array {
    if (!this.key) throw new AppError('unauthenticated', 'Please sign in.');
    return this.key;
  }

  /**
   * Creates a new database with a fresh random key. A database file left without its key
   * file (an interrupted setup) is moved aside, never deleted.
   */
  create(label: string): { db: Sqlite; key: Uint8Array; slots: KeySlots } {
    if (this.slots) throw new AppError('already_set_up', 'Homeward is already set up on this computer.');
    for (const f of [this.dbFile, `${this.dbFile}-wal`, `${this.dbFile}-shm`]) {
      if (existsSync(f)) renameSync(f, `${f}.abandoned-${Date.now()}`);
    }
    const key = new Uint8Array(randomBytes(32));
    const db = openEncrypted(this.dbFile, key);
    migrate(db, this.migrationsDir, this.dbFile);
    this.connection = db;
    this.key = key;
    return { db, key, slots: KeySlots.create(this.keysFile, label) };
  }

  /** Called once setup has written everything: from now on the key file is what opens the database. */
  commitSetup(slots: KeySlots): void {
    slots.save();
    this.slots = slots;
  }

  /** Opens (and if needed migrates) the database with a key taken from a slot. */
  open(key: Uint8Array): Sqlite {
    if (this.connection && this.key) {
      if (this.key.length !== key.length || !timingSafeEqual(this.key, key)) throw new AppError('database_damaged', 'The key file does not belong to the open database.');
      return this.connection;
    }
    if (!existsSync(this.dbFile)) throw new AppError('database_damaged', `The database file is missing from ${this.dataDir}. Restore it from a backup.`);
    const db = openEncrypted(this.dbFile, key);
    try {
      migrate(db, this.migrationsDir, this.dbFile);
      // A journal from before s.24 purges is re-chained over content digests (journal/convert-format.ts), before anything writes.
      convertJournalFormat(db, this.now());
      // An s.24 purge that could not compact the file (busy, or interrupted) is finished here, where no one else is connected.
      compactIfPending(db);
    } catch (e) {
      db.close();
      throw e;
    }
    this.connection = db;
    this.key = new Uint8Array(key);
    return db;
  }

  close(): void {
    if (this.connection) {
      // Fold the WAL back so the closed database is one self-contained file.
      this.connection.pragma('wal_checkpoint(TRUNCATE)');
      this.connection.close();
    }
    this.connection = null;
    this.key?.fill(0);
    this.key = null;
  }

  /** Re-reads the key file (after a restore replaced it). */
  reload(): void {
    this.close();
    this.slots = KeySlots.exists(this.keysFile) ? KeySlots.load(this.keysFile) : null;
  }
}
