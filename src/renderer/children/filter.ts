/** What the register is filtered by; '' means "all" for each choice. */
import { AGE_BANDS, CATEGORIES, DEADLINE_FILTERS, SEXES, STATUS_FILTERS, type ChildFilter } from '../../shared/domain/child';

export interface FilterDraft {
  query: string;
  category: string;
  sex: string;
  ageBand: string;
  status: string;
  deadline: string;
}

export const emptyFilter: FilterDraft = { query: '', category: '', sex: '', ageBand: '', status: '', deadline: '' };

const pick = <T extends string>(all: readonly T[], v: string): T | null => all.find((x) => x === v) ?? null;

export function toChildFilter(d: FilterDraft): ChildFilter {
  return {
    query: d.query.trim().slice(0, 200),
    category: pick(CATEGORIES, d.category),
    sex: pick(SEXES, d.sex),
    ageBand: pick(AGE_BANDS, d.ageBand),
    status: pick(STATUS_FILTERS, d.status),
    deadline: pick(DEADLINE_FILTERS, d.deadline),
  };
}
