/** The letterhead as printed: the institution's registered details joined with the letterhead settings. */
import type { Sqlite } from '../db/open';
import { SettingsRepo } from '../settings/settings';
import type { LetterheadView } from './kit/letterhead';

export function letterheadView(db: Sqlite, now: () => Date): LetterheadView {
  const settings = new SettingsRepo(db, now);
  const inst = settings.institution();
  const extra = settings.letterhead();
  return {
    name: inst.name,
    type: inst.type,
    registrationNo: inst.registrationNo,
    address: inst.address,
    district: inst.district,
    state: inst.state,
    ...extra,
  };
}
