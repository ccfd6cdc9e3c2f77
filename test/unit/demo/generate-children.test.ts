import { describe, expect, it } from 'vitest';
import { generateChildren, generateRegister, generateRegisterCsv } from '../../../src/main/demo/generate-children';
import { replayMovements } from '../../../src/shared/domain/movement';
import { Geo } from '../../../src/main/reference/geo';
import { childInputSchema, currentAge } from '../../../src/shared/domain/child';
import { todayIst } from '../../../src/shared/util/dates';

const geo = Geo.load(process.cwd());
const today = new Date('2025-01-15T06:00:00Z');
const children = generateChildren(geo, { count: 1000, seed: 11, today });
const share = (pred: (c: (typeof children)[number]) => boolean) => children.filter(pred).length / children.length;

describe('generateChildren', () => {
  it('gives the same children for the same seed and day, and others for another seed', () => {
    expect(generateChildren(geo, { count: 1000, seed: 11, today })).toEqual(children);
    expect(generateChildren(geo, { count: 50, seed: 12, today })).not.toEqual(children.slice(0, 50));
    expect(generateRegisterCsv(geo, { count: 20, seed: 5, today })).toBe(generateRegisterCsv(geo, { count: 20, seed: 5, today }));
  });

  it('makes children the admission form accepts, with unique admission numbers and official places', () => {
    for (const c of children) {
      expect(childInputSchema.parse(c)).toEqual(c);
      expect(geo.canonicalise(c.address.state, c.address.district)).toEqual({ state: c.address.state, district: c.address.district });
    }
    expect(new Set(children.map((c) => c.admissionNo)).size).toBe(children.length);
  });

  it('mixes what a real register holds: scripts, CCL, discharges, estimated ages, aliases', () => {
    expect(share((c) => /[\u0900-\u097f]/.test(c.name))).toBeGreaterThan(0.25);
    expect(share((c) => /^[A-Za-z ]+$/.test(c.name))).toBeGreaterThan(0.45);
    expect(share((c) => c.category === 'CCL')).toBeCloseTo(0.15, 1);
    expect(share((c) => c.ageEstimated && c.dob === null)).toBeGreaterThan(0.1);
    expect(share((c) => c.aliases.length > 0)).toBeGreaterThan(0.2);
  });

  it('gives the children movements of every kind that the state machine accepts, none after today', () => {
    const register = generateRegister(geo, { count: 1000, seed: 11, today });
    expect(register.map((e) => e.child)).toEqual(children);
    const kinds = new Set(register.flatMap((e) => e.movements.map((m) => m.kind)));
    expect([...kinds].sort()).toEqual(['death', 'leave', 'leave_return', 'release', 'restoration', 'runaway', 'runaway_return', 'transfer']);
    const statuses = register.map((e) => {
      const replay = replayMovements(e.child.admittedAt, e.movements.map((m, i) => ({ id: String(i).padStart(4, '0'), kind: m.kind, at: m.at })));
      if (!replay.ok) throw new Error(`${e.child.admissionNo}: ${replay.refusal.message}`);
      for (const m of e.movements) expect(Date.parse(m.at)).toBeLessThan(today.getTime());
      return replay.status;
    });
    expect(statuses.filter((s) => s !== 'present').length / statuses.length).toBeGreaterThan(0.2);
  });

  it('keeps ages at 3-17 today and admissions within the last five years', () => {
    const day = todayIst(today);
    for (const c of children) {
      const age = currentAge(c, day)!;
      expect(age).toBeGreaterThanOrEqual(3);
      // An age estimated at admission, plus the years since, can run one year ahead of the true age.
      expect(age).toBeLessThanOrEqual(c.dob ? 17 : 18);
      expect(c.admittedAt.slice(0, 10) >= '2020-01-15' && c.admittedAt.slice(0, 10) <= day).toBe(true);
    }
  });
});
