/**
 * Indian states and districts from the Local Government Directory (shipped as
 * resources/geo/lgd_districts.csv). Names are shown in title case; addresses are matched to
 * them ignoring case, spaces and punctuation.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { AppError } from '../../shared/api/errors';

export interface District {
  code: string;
  name: string;
}
export interface State {
  code: string;
  name: string;
  districts: District[];
}

const SMALL_WORDS = new Set(['and', 'of', 'the']);

export function titleCase(upper: string): string {
  return upper
    .toLowerCase()
    .split(/(\s+|-|\(|\))/)
    .map((w, i) => (i > 0 && SMALL_WORDS.has(w) ? w : w.charAt(0).toUpperCase() + w.slice(1)))
    .join('');
}

export const placeKey = (s: string) => s.normalize('NFC').toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

export class Geo {
  readonly states: State[];
  private readonly byKey = new Map<string, { state: State; districts: Map<string, District> }>();

  constructor(csvText: string) {
    const rows = parse(csvText, { columns: true, skip_empty_lines: true }) as Record<string, string>[];
    const states = new Map<string, State>();
    for (const r of rows) {
      const code = r['state_lgd_code']!;
      let st = states.get(code);
      if (!st) {
        st = { code, name: titleCase(r['state_name']!), districts: [] };
        states.set(code, st);
      }
      st.districts.push({ code: r['district_lgd_code']!, name: titleCase(r['district_name']!) });
    }
    this.states = [...states.values()].sort((a, b) => a.name.localeCompare(b.name, 'en'));
    for (const st of this.states) {
      st.districts.sort((a, b) => a.name.localeCompare(b.name, 'en'));
      this.byKey.set(placeKey(st.name), { state: st, districts: new Map(st.districts.map((d) => [placeKey(d.name), d])) });
    }
  }

  static load(resourcesDir: string): Geo {
    return new Geo(readFileSync(join(resourcesDir, 'resources', 'geo', 'lgd_districts.csv'), 'utf8'));
  }

  /**
   * The official spelling of a state and district. The state must be a real one; an unknown
   * district is kept as written, because a child's remembered home district may be an old
   * name or a neighbourhood, and losing what was said is worse than an unofficial spelling.
   */
  canonicalise(state: string | null, district: string | null): { state: string | null; district: string | null } {
    if (!state) return { state: null, district };
    const s = this.byKey.get(placeKey(state));
    if (!s) throw new AppError('invalid_input', `"${state}" is not an Indian state or union territory.`, { fields: { 'address.state': 'not an Indian state or union territory' } });
    const d = district ? s.districts.get(placeKey(district)) : undefined;
    return { state: s.state.name, district: d ? d.name : district };
  }
}
