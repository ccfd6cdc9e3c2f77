/**
 * The reference registry's storage: its own SQLite database, encrypted like an office's
 * (it holds every office's children), with the database key wrapped under the registry
 * administrator's passphrase in registry-keys.json. The schema is small and versioned with
 * user_version; this is a reference implementation, not the national system.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { randomBytes } from 'node:crypto';
import { AppError } from '../../shared/api/errors';
import { KeySlots } from '../auth/key-slots';
import { openEncrypted, type Sqlite } from '../db/open';
import { addUpdateKey } from './registry-keys';
import { S24_SCHEMA } from './s24-purges';
import { compactIfPending } from '../purge/compact';

/** Each step brings the schema from version i to i + 1; a new registry runs them all. */
export const REGISTRY_SCHEMA_VERSION = 4;
const SLOT_USER = 'registry';

const SCHEMA = `
CREATE TABLE registry (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  registry_id TEXT NOT NULL,
  name TEXT NOT NULL,
  trust_version INTEGER NOT NULL,
  created_at TEXT NOT NULL
);
-- root signs trust lists; signing signs receipts and snapshots; encryption is the age identity offices encrypt to.
CREATE TABLE registry_keys (
  key_id TEXT PRIMARY KEY,
  role TEXT NOT NULL CHECK (role IN ('root', 'signing', 'encryption')),
  public_key TEXT NOT NULL,
  secret_key BLOB NOT NULL,
  created_at TEXT NOT NULL
);
CREATE TABLE offices (
  office_id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  details TEXT NOT NULL,
  recipient TEXT NOT NULL,
  enrolled_at TEXT NOT NULL,
  last_seq INTEGER NOT NULL,
  last_manifest_sha256 TEXT NOT NULL,
  applied_journal_to INTEGER NOT NULL,
  last_seen_at TEXT
);
CREATE TABLE office_keys (
  key_id TEXT PRIMARY KEY,
  office_id TEXT NOT NULL REFERENCES offices (office_id),
  public_key TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('active', 'retired', 'revoked')),
  added_at TEXT NOT NULL
);
CREATE TABLE packages (
  package_id TEXT PRIMARY KEY,
  office_id TEXT NOT NULL REFERENCES offices (office_id),
  seq INTEGER NOT NULL,
  manifest_sha256 TEXT NOT NULL,
  journal_to INTEGER NOT NULL,
  records INTEGER NOT NULL,
  gap_accepted INTEGER NOT NULL,
  ingested_at TEXT NOT NULL,
  UNIQUE (office_id, seq)
);
-- The latest image of every record an office has sent; a tombstone erases data and bytes.
CREATE TABLE records (
  office_id TEXT NOT NULL,
  entity TEXT NOT NULL,
  entity_id TEXT NOT NULL,
  parent_id TEXT,
  data TEXT,
  bytes BLOB,
  deleted INTEGER NOT NULL,
  journal_seq INTEGER NOT NULL,
  updated_at TEXT NOT NULL,
  PRIMARY KEY (office_id, entity, entity_id)
);
CREATE INDEX records_parent ON records (office_id, parent_id);
`;

/**
 * Version 2: missing-child reports and the snapshots published from them. `changed_in` is
 * the first snapshot version that carries a report's latest change (NULL until the next
 * publish), so a delta from version B is every report with changed_in > B or NULL.
 */
const SNAPSHOTS = `
CREATE TABLE reports (
  report_id TEXT PRIMARY KEY,
  data TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('open', 'traced')),
  changed_in INTEGER,
  updated_at TEXT NOT NULL
);
CREATE INDEX reports_changed ON reports (changed_in);
CREATE TABLE snapshots (
  version INTEGER PRIMARY KEY,
  package_id TEXT NOT NULL,
  base INTEGER,
  file TEXT NOT NULL,
  reports INTEGER NOT NULL,
  deletions INTEGER NOT NULL,
  created_at TEXT NOT NULL,
  expires_at TEXT NOT NULL
);
`;

/**
 * Version 3: a fourth key role, `update`, signs update bundles (issue 7). SQLite cannot
 * widen a CHECK constraint, so the key table is rebuilt; a registry that already has keys
 * gets its update key here, so the next trust list carries it.
 */
function updateKeyRole(db: Sqlite): void {
  db.exec(`
CREATE TABLE registry_keys_v3 (
  key_id TEXT PRIMARY KEY,
  role TEXT NOT NULL CHECK (role IN ('root', 'signing', 'encryption', 'update')),
  public_key TEXT NOT NULL,
  secret_key BLOB NOT NULL,
  created_at TEXT NOT NULL
);
INSERT INTO registry_keys_v3 SELECT * FROM registry_keys;
DROP TABLE registry_keys;
ALTER TABLE registry_keys_v3 RENAME TO registry_keys;
`);
  if (db.prepare('SELECT 1 FROM registry WHERE id = 1').get()) addUpdateKey(db, new Date());
}

/** Each step brings the schema from version i to i + 1; a new registry runs them all. Version 4: s.24 tombstones (s24-purges.ts). */
const SCHEMA_STEPS: readonly (string | ((db: Sqlite) => void))[] = [SCHEMA, SNAPSHOTS, updateKeyRole, S24_SCHEMA];

/** Brings an older registry database up to this version in one transaction. */
function upgrade(db: Sqlite, from: number): void {
  db.transaction(() => {
    for (const step of SCHEMA_STEPS.slice(from)) {
      if (typeof step === 'string') db.exec(step);
      else step(db);
    }
    db.pragma(`user_version = ${REGISTRY_SCHEMA_VERSION}`);
  })();
}

export interface RegistryPaths {
  dir: string;
  dbFile: string;
  keysFile: string;
  quarantineDir: string;
  receiptsDir: string;
}

export function registryPaths(dir: string): RegistryPaths {
  const d = resolve(dir);
  return { dir: d, dbFile: join(d, 'registry.db'), keysFile: join(d, 'registry-keys.json'), quarantineDir: join(d, 'quarantine'), receiptsDir: join(d, 'receipts') };
}

export async function createRegistryDb(paths: RegistryPaths, name: string, passphrase: string): Promise<Sqlite> {
  if (KeySlots.exists(paths.keysFile)) throw new AppError('already_set_up', `A registry already exists in ${paths.dir}.`);
  mkdirSync(paths.dir, { recursive: true, mode: 0o700 });
  const key = new Uint8Array(randomBytes(32));
  const db = openEncrypted(paths.dbFile, key);
  upgrade(db, 0);
  const slots = KeySlots.create(paths.keysFile, name);
  await slots.put('user', SLOT_USER, passphrase, key);
  slots.save();
  return db;
}

export async function openRegistryDb(paths: RegistryPaths, passphrase: string): Promise<Sqlite> {
  if (!KeySlots.exists(paths.keysFile) || !existsSync(paths.dbFile)) throw new AppError('not_set_up', `There is no registry in ${paths.dir}. Run "homeward-registry init" first.`);
  const slots = KeySlots.load(paths.keysFile);
  const key = await slots.open(slots.find('user', SLOT_USER)!, passphrase);
  if (!key) throw new AppError('wrong_password', 'The registry passphrase is not right.');
  const db = openEncrypted(paths.dbFile, key);
  const version = db.pragma('user_version', { simple: true }) as number;
  if (version > 0 && version < REGISTRY_SCHEMA_VERSION) upgrade(db, version);
  else if (version !== REGISTRY_SCHEMA_VERSION) {
    db.close();
    throw new AppError('database_newer', `This registry database has schema ${version}; this version of homeward-registry knows ${REGISTRY_SCHEMA_VERSION}.`);
  }
  // An s.24 purge whose compaction did not finish (interrupted) is finished before anything else.
  compactIfPending(db);
  return db;
}
