/**
 * Place names compared across scripts and spellings (पटना = Patna, Purnia = Purnea), and the
 * district neighbourhood from the 2011 census adjacency list shipped in resources/geo.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { nameKey } from './name-keys';
import { romanise } from './romanise';

const memo = new Map<string, string>();

/** One key per place: words romanised, spelling-folded and joined ("Purba Champaran" = "purbcamparan"). */
export function placeKey(text: string | null): string | null {
  if (!text) return null;
  let k = memo.get(text);
  if (k === undefined) {
    k = text
      .normalize('NFC')
      .split(/[\s,.\-()/]+/)
      .map((w) => nameKey(romanise(w)))
      .join('');
    if (memo.size > 100_000) memo.clear();
    memo.set(text, k);
  }
  return k === '' ? null : k;
}

/** Districts that share a border, by district key (names that exist in two states merge their neighbours, which costs little). */
export class DistrictAdjacency {
  private readonly neighbours = new Map<string, Set<string>>();

  constructor(csvText: string) {
    const rows = parse(csvText, { columns: true, skip_empty_lines: true }) as Record<string, string>[];
    for (const r of rows) {
      const a = placeKey(r['district_a']!);
      const b = placeKey(r['district_b']!);
      if (!a || !b) continue;
      this.link(a, b);
      this.link(b, a);
    }
  }

  static load(resourcesDir: string): DistrictAdjacency {
    return new DistrictAdjacency(readFileSync(join(resourcesDir, 'resources', 'geo', 'district_adjacency_2011.csv'), 'utf8'));
  }

  private link(a: string, b: string) {
    let s = this.neighbours.get(a);
    if (!s) this.neighbours.set(a, (s = new Set()));
    s.add(b);
  }

  adjacent(a: string, b: string): boolean {
    return this.neighbours.get(a)?.has(b) ?? false;
  }
}
