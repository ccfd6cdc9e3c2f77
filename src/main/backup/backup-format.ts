/**
 * A backup is one file: a magic line, a length-prefixed JSON header (including the key
 * slots, which hold only wrapped keys), then the encrypted database bytes made by
 * VACUUM INTO. Without a user's password or the recovery key it reveals nothing.
 */
import { z } from 'zod';
import { AppError } from '../../shared/api/errors';

export const BACKUP_MAGIC = Buffer.from('HOMEWARD-BACKUP\n', 'latin1');
export const MAX_HEADER = 1024 * 1024;

export const backupHeaderSchema = z.object({
  format: z.literal(1),
  createdAt: z.string(),
  schemaVersion: z.number().int(),
  databaseId: z.string(),
  keys: z.string(),
  databaseBytes: z.number().int().nonnegative(),
  databaseSha256: z.string().regex(/^[0-9a-f]{64}$/),
});
export type BackupHeader = z.infer<typeof backupHeaderSchema>;

export function encodeHeader(h: BackupHeader): Buffer {
  const json = Buffer.from(JSON.stringify(h), 'utf8');
  const len = Buffer.alloc(4);
  len.writeUInt32BE(json.length);
  return Buffer.concat([BACKUP_MAGIC, len, json]);
}

/** Reads the header from the first bytes of a backup; the database follows at `offset`. */
export function decodeHeader(start: Buffer): { header: BackupHeader; offset: number } {
  const notBackup = () => new AppError('invalid_input', 'This file is not a Homeward backup.');
  if (start.length < BACKUP_MAGIC.length + 4 || !start.subarray(0, BACKUP_MAGIC.length).equals(BACKUP_MAGIC)) throw notBackup();
  const len = start.readUInt32BE(BACKUP_MAGIC.length);
  const offset = BACKUP_MAGIC.length + 4 + len;
  if (len > MAX_HEADER || start.length < offset) throw new AppError('invalid_input', 'This backup file is damaged (its header is cut short).');
  let parsed: unknown;
  try {
    parsed = JSON.parse(start.subarray(BACKUP_MAGIC.length + 4, offset).toString('utf8'));
  } catch {
    throw new AppError('invalid_input', 'This backup file is damaged (its header cannot be read).');
  }
  const header = backupHeaderSchema.safeParse(parsed);
  if (!header.success) throw new AppError('invalid_input', 'This backup was made by a version of Homeward this one does not understand.');
  return { header: header.data, offset };
}
