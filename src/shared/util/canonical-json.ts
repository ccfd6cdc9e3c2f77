/**
 * Canonical JSON (RFC 8785 for the values Homeward stores: strings, finite numbers,
 * booleans, null, arrays, plain objects). Keys sorted by UTF-16 code units, which is what
 * Array.prototype.sort does; JSON.stringify already serialises strings and numbers the
 * way the RFC requires.
 */

/**
 * A value already in canonical JSON (as the journal stores content), placed into a larger
 * canonical document as it is, without parsing and re-serialising it.
 */
export class CanonicalText {
  constructor(readonly text: string) {}
}

export function canonicalJson(value: unknown): string {
  if (value instanceof CanonicalText) return value.text;
  if (value === null || typeof value === 'boolean' || typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new TypeError('canonicalJson: non-finite number');
    return JSON.stringify(value);
  }
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  throw new TypeError(`canonicalJson: cannot serialise ${typeof value}`);
}
