import { describe, expect, it } from 'vitest';
import { en } from '../../../src/renderer/i18n/en';
import { hi } from '../../../src/renderer/i18n/hi';
import { INSTITUTION_TYPES } from '../../../src/shared/domain/institution';
import { ROLES } from '../../../src/shared/domain/roles';
import { ERROR_CODES } from '../../../src/shared/api/errors';
import { SEXES } from '../../../src/shared/domain/child';

/** Every leaf as a dotted key → its text. */
function flatten(obj: object, prefix = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const [k, v] of Object.entries(obj)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === 'object' && v !== null) for (const [kk, vv] of flatten(v, key)) out.set(kk, vv);
    else out.set(key, v);
  }
  return out;
}

const placeholders = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

describe('English and Hindi resources', () => {
  const enKeys = flatten(en);
  const hiKeys = flatten(hi);

  it('have exactly the same keys', () => {
    expect([...hiKeys.keys()].sort()).toEqual([...enKeys.keys()].sort());
  });

  it('have no empty values, only strings', () => {
    for (const [k, v] of [...enKeys, ...hiKeys]) {
      expect(typeof v, k).toBe('string');
      expect((v as string).trim(), k).not.toBe('');
    }
  });

  it('use the same {{placeholders}} in both languages', () => {
    for (const [k, v] of enKeys) expect(placeholders(hiKeys.get(k) as string), k).toEqual(placeholders(v as string));
  });

  it('name every institution type, role, sex and error code', () => {
    for (const x of INSTITUTION_TYPES) expect(enKeys.has(`institutionType.${x}`), x).toBe(true);
    for (const x of ROLES) expect(enKeys.has(`role.${x}`), x).toBe(true);
    for (const x of SEXES) expect(enKeys.has(`sex.${x}`), x).toBe(true);
    for (const x of ERROR_CODES) expect(enKeys.has(`errors.${x}`), x).toBe(true);
  });

  it('really is Hindi where it should be', () => {
    expect(hi.nav.children).toMatch(/[\u0900-\u097F]/);
    expect(hi.institutionType.cwc).toBe('बाल कल्याण समिति');
  });
});
