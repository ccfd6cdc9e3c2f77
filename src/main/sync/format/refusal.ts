/**
 * Why a package was refused. Every refusal carries a plain-language sentence for the person
 * at the computer and a stable code for tests and scripts; nothing is changed before one.
 */
import { AppError } from '../../../shared/api/errors';

export type RefusalCode =
  | 'too_large'
  | 'not_a_package'
  | 'bad_entries'
  | 'bad_signature'
  | 'unknown_key'
  | 'revoked_key'
  | 'bad_manifest'
  | 'wrong_audience'
  | 'wrong_kind'
  | 'already_ingested'
  | 'sequence_gap'
  | 'fork'
  | 'payload_mismatch'
  | 'bad_payload'
  | 'bad_record'
  | 'stale_trust'
  | 'not_enrolled'
  | 'unknown_package'
  // Snapshots (docs/formats/snapshot.md).
  | 'stale_snapshot'
  | 'expired_snapshot'
  | 'missing_base'
  // Update bundles (docs/formats/update.md).
  | 'not_an_update'
  | 'wrong_key_role'
  | 'no_update_key'
  | 'other_product'
  | 'other_platform'
  | 'not_newer'
  | 'too_old_to_update'
  | 'installer_truncated'
  | 'bundle_altered'
  | 'desktop_only';

export function refusal(code: RefusalCode, message: string): AppError {
  return new AppError('invalid_input', message, { refusal: code });
}

export function refuse(code: RefusalCode, message: string): never {
  throw refusal(code, message);
}

/** A damaged zip shows up as a stream error in the middle of reading; this names it. */
export const damaged = (e: unknown) => refusal('not_a_package', `The package is damaged or cut short (${(e as Error).message}).`);

export function refusalOf(error: unknown): RefusalCode | null {
  return error instanceof AppError ? ((error.details?.['refusal'] as RefusalCode | undefined) ?? null) : null;
}
