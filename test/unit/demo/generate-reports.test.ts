import { describe, expect, it } from 'vitest';
import { generateChildren } from '../../../src/main/demo/generate-children';
import { generateReports } from '../../../src/main/demo/generate-reports';
import { Geo } from '../../../src/main/reference/geo';
import { missingReportSchema } from '../../../src/main/snapshots/format/report-schema';

const geo = Geo.load(process.cwd());
const today = new Date('2026-11-20T06:00:00Z');
const children = generateChildren(geo, { count: 300, seed: 2026, today });
const others = generateChildren(geo, { count: 100, seed: 2027, today });
const reports = generateReports(children, others, 8, 1);

describe('demo missing-child reports', () => {
  it('are valid reports, written in Latin script as police stations write them', () => {
    for (const r of reports) {
      expect(missingReportSchema.parse(r)).toEqual(r);
      expect(r.name).toMatch(/^[A-Za-z ]+$/);
      expect(r.date_missing <= today.toISOString().slice(0, 10)).toBe(true);
    }
    expect(new Set(reports.map((r) => r.report_id)).size).toBe(reports.length);
  });

  it('report one in eight children in need of care, never a child in conflict with law, and went missing before admission', () => {
    const cncp = children.filter((c) => c.category === 'CNCP');
    const own = reports.filter((r) => r.report_id.startsWith('MP/DEMO/'));
    expect(own).toHaveLength(Math.ceil(cncp.length / 8));
    own.forEach((r, i) => {
      const child = cncp[i * 8]!;
      expect(child.category).toBe('CNCP');
      expect(r.sex).toBe(child.sex);
      expect(r.date_missing < child.admittedAt.slice(0, 10)).toBe(true);
    });
    expect(reports.filter((r) => r.report_id.startsWith('MP/DEMO-X/'))).toHaveLength(others.filter((c) => c.category === 'CNCP').length);
  });

  it('romanise Devanagari names', () => {
    const deva = children.filter((c) => c.category === 'CNCP').findIndex((c, i) => i % 8 === 0 && /[\u0900-\u097f]/.test(c.name));
    expect(deva).toBeGreaterThanOrEqual(0);
    const r = reports[deva / 8]!;
    expect(r.name).toMatch(/^[A-Z][a-z]+/);
  });
});
