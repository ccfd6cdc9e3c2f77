/**
 * The Board's and the Committee's sitting days and benches (Settings › Sittings), and the
 * check every listing of a hearing goes through: a hearing is fixed for a day the authority
 * sits, before one of its benches.
 */
import { DEFAULT_SITTINGS, sittingsSchema, weekdayOf, type Sittings } from '../../shared/domain/hearings';
import type { Authority } from '../../shared/domain/jj-case';
import { formatDate } from '../../shared/util/dates';
import type { Sqlite } from '../db/open';
import { SettingsRepo } from '../settings/settings';

export const SITTINGS_KEY = 'sittings';

const DAY_NAMES = ['Sundays', 'Mondays', 'Tuesdays', 'Wednesdays', 'Thursdays', 'Fridays', 'Saturdays'];
const AUTHORITY_NAMES = { jjb: 'The Board', cwc: 'The Committee' } as const;

export function readSittings(db: Sqlite): Sittings {
  const stored = new SettingsRepo(db, () => new Date()).get<unknown>(SITTINGS_KEY);
  const parsed = sittingsSchema.safeParse(stored);
  return parsed.success ? parsed.data : DEFAULT_SITTINGS;
}

/** Why a hearing cannot be listed on this day before this bench, as messages by field, or null. */
export function sittingProblem(sittings: Sittings, authority: Authority, date: string, bench: string): { date?: string; bench?: string } | null {
  const s = sittings[authority];
  const out: { date?: string; bench?: string } = {};
  if (!s.days.includes(weekdayOf(date))) out.date = `${AUTHORITY_NAMES[authority]} does not sit on ${DAY_NAMES[weekdayOf(date)]} (${formatDate(date)}); see Settings › Sittings`;
  if (!s.benches.includes(bench)) out.bench = `not one of the benches in Settings › Sittings (${s.benches.join(', ')})`;
  return out.date || out.bench ? out : null;
}
