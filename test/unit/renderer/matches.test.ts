import { describe, expect, it } from 'vitest';
import { en } from '../../../src/renderer/i18n/en';
import {
  conceptKey,
  decisionForKey,
  formatBits,
  formatPercent,
  levelKey,
  nextPair,
  snapshotImportSummary,
  topBars,
  waterfall,
  type Explanation,
  type MatchItem,
} from '../../../src/renderer/matches/match-format';
import { navAreaOf, parseRoute, routeHref } from '../../../src/renderer/shell/router';
import { NAME_LEVELS } from '../../../src/main/matching/name-comparison';

const item = (childId: string, reportId: string): MatchItem => ({
  childId,
  admissionNo: `A-${childId}`,
  childName: 'x',
  category: 'CNCP',
  reportId,
  reportName: 'y',
  probability: 0.5,
  label: 'possible',
  firstSeenAt: null,
  decision: null,
});

const explanation: Explanation = {
  prior: -10,
  bars: [
    { concept: 'name', valueA: 'सुनीता', valueB: 'Sunita', level: 'same key', weight: 9, reason: '' },
    { concept: 'sex', valueA: 'female', valueB: 'female', level: 'same', weight: 1, reason: '' },
    { concept: 'height', valueA: null, valueB: '128 cm', level: 'missing', weight: 0, reason: '' },
    { concept: 'place', valueA: 'Patna', valueB: 'Gaya', level: 'different place', weight: -3, reason: '' },
  ],
  total: -3,
  probability: 0.111,
};

describe('match helpers', () => {
  it('never say 100% or 0%', () => {
    expect(formatPercent(0.99999)).toBe('> 99.9%');
    expect(formatPercent(0.00001)).toBe('< 0.1%');
    expect(formatPercent(0.5)).toBe('50%');
    expect(formatPercent(0.052)).toBe('5.2%');
    expect(formatPercent(0.995)).toBe('99.5%');
  });
  it('write bits with a sign', () => {
    expect(formatBits(3.14)).toBe('+3.1');
    expect(formatBits(-2)).toBe('−2.0');
    expect(formatBits(0.01)).toBe('0.0');
  });
  it('draw the waterfall from the prior through every comparison to the total', () => {
    const { steps, min, max } = waterfall(explanation);
    expect(steps.map((s) => [s.kind, s.from, s.to])).toEqual([
      ['prior', 0, -10],
      ['bar', -10, -1],
      ['bar', -1, 0],
      ['bar', 0, 0],
      ['bar', 0, -3],
      ['total', 0, -3],
    ]);
    expect([min, max]).toEqual([-10, 1]);
  });
  it('pick the comparisons that weighed most, either way, never a missing one', () => {
    expect(topBars(explanation, 2).map((b) => b.concept)).toEqual(['name', 'place']);
  });
  it('know every concept and name level the engine names', () => {
    for (const c of ['name', "father's name", "mother's name", 'sex', 'age in time', 'place', 'languages', 'height', 'identification marks', 'complexion']) {
      expect(conceptKey(c), c).not.toBeNull();
      expect(Object.hasOwn(en.matchConcept, conceptKey(c)!), c).toBe(true);
    }
    for (const l of NAME_LEVELS) {
      expect(levelKey(l), l).not.toBeNull();
      expect(Object.hasOwn(en.matchLevel, levelKey(l)!), l).toBe(true);
    }
  });
  it('go on to the pair after the one decided, or the first still open', () => {
    const [a, b, c] = [item('1', 'r1'), item('2', 'r2'), item('3', 'r3')];
    expect(nextPair([a, b, c], [a, c], b)).toEqual(c);
    expect(nextPair([a, b, c], [a, b], c)).toEqual(a);
    expect(nextPair([a], [], a)).toBeNull();
    // A decided pair changed from its own page: the first open one.
    expect(nextPair([a, b], [a, b], item('9', 'r9'))).toEqual(a);
  });
  it('take Alt + C, R or N by physical key, nothing else', () => {
    const k = (code: string, mods: Partial<{ altKey: boolean; ctrlKey: boolean; shiftKey: boolean; metaKey: boolean }> = {}) => ({ altKey: true, ctrlKey: false, shiftKey: false, metaKey: false, code, ...mods });
    expect(decisionForKey(k('KeyC'))).toBe('confirm');
    expect(decisionForKey(k('KeyR'))).toBe('reject');
    expect(decisionForKey(k('KeyN'))).toBe('not_sure');
    expect(decisionForKey(k('KeyC', { altKey: false }))).toBeNull();
    expect(decisionForKey(k('KeyC', { ctrlKey: true }))).toBeNull();
    expect(decisionForKey(k('KeyX'))).toBeNull();
  });
  it('read the snapshot import result', () => {
    expect(snapshotImportSummary({ version: 2, reports: 5, matching: { children: 1, newPairs: 1, pairs: 3 } })).toEqual({ version: 2, reports: 5, children: 1, newPairs: 1 });
    expect(snapshotImportSummary({ version: 2 })).toBeNull();
  });
});

describe('match routes', () => {
  it('carry report ids with slashes as one part', () => {
    const r = { area: 'matchPair', childId: '0190-ab', reportId: 'MP/PAT/2025/0117' } as const;
    expect(routeHref(r)).toBe('#/matches/0190-ab/MP%2FPAT%2F2025%2F0117');
    expect(parseRoute(routeHref(r))).toEqual(r);
    expect(navAreaOf(r)).toBe('matches');
  });
  it('give matches a real page, no longer a placeholder', () => {
    expect(parseRoute('#/matches')).toEqual({ area: 'matches' });
  });
});
