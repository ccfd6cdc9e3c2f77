/** Pure helpers for the state and district selects. */
import type { OutputOf } from '../../shared/api/contract';

type States = OutputOf<'reference.states'>;

/**
 * Options for a select, by name (records store place names as people write them). A stored
 * value missing from the list — e.g. from an imported register — is kept as an option so that
 * editing a record never silently drops it.
 */
export function nameOptions(names: readonly string[], current: string): { value: string; label: string }[] {
  const opts = names.map((n) => ({ value: n, label: n }));
  if (current && !names.includes(current)) opts.unshift({ value: current, label: current });
  return opts;
}

export function districtsOf(states: States, stateName: string): string[] {
  return states.find((s) => s.name === stateName)?.districts.map((d) => d.name) ?? [];
}
