import { describe, expect, it } from 'vitest';
import { casefileEn } from '../../../src/renderer/casefile/i18n/en';
import { casefileHi } from '../../../src/renderer/casefile/i18n/hi';
import { CASE_HISTORY_FIELDS, CASE_HISTORY_SECTIONS, sectionSchema } from '../../../src/shared/domain/case-history';
import { ENTRY_FIELDS, ENTRY_KINDS } from '../../../src/shared/domain/health';
import * as plan from '../../../src/shared/domain/care-plan';
import { ATTACHMENT_KINDS } from '../../../src/shared/domain/attachments';
import type { FieldSpec } from '../../../src/shared/domain/casefile-fields';
import { draftToValues, valuesToDraft } from '../../../src/renderer/casefile/spec-draft';
import { dateScale, valueScale } from '../../../src/renderer/casefile/growth-scale';

const ALL_FORMS: (readonly FieldSpec[])[] = [
  ...Object.values(CASE_HISTORY_FIELDS),
  ...Object.values(ENTRY_FIELDS),
  plan.PLAN_DETAILS_FIELDS,
  plan.PLAN_ITEM_FIELDS,
  plan.PROGRESS_FIELDS,
  plan.PRE_RELEASE_FIELDS,
  plan.FOLLOW_UP_FIELDS,
  plan.DOCUMENT_FIELDS,
];

describe('case-file labels', () => {
  it('name every field, choice, section, kind and need area in English and Hindi', () => {
    for (const t of [casefileEn, casefileHi]) {
      for (const specs of ALL_FORMS) {
        for (const f of specs) {
          if (f.key === 'date') continue; // labelled per kind of entry
          const label = (plan.NEED_AREAS as readonly string[]).includes(f.key) ? (t.area as Record<string, string>)[f.key] : (t.field as Record<string, string>)[f.key];
          expect(label, `label of ${f.key}`).toBeTruthy();
          if ('options' in f) for (const o of f.options) expect((t.option as Record<string, string>)[o], `option ${o}`).toBeTruthy();
        }
      }
      for (const s of CASE_HISTORY_SECTIONS) expect((t.section as Record<string, string>)[s]).toBeTruthy();
      for (const k of ENTRY_KINDS) for (const group of [t.entry, t.entryDate, t.entryAdd, t.entryEdit]) expect((group as Record<string, string>)[k]).toBeTruthy();
      for (const k of ATTACHMENT_KINDS) expect((t.option as Record<string, string>)[k]).toBeTruthy();
    }
  });

  it('use each field key for one meaning: no field is also a need area', () => {
    for (const specs of [...Object.values(CASE_HISTORY_FIELDS), ...Object.values(ENTRY_FIELDS), plan.PLAN_DETAILS_FIELDS, plan.FOLLOW_UP_FIELDS]) {
      for (const f of specs) expect(plan.NEED_AREAS as readonly string[], f.key).not.toContain(f.key);
    }
  });
});

describe('form drafts', () => {
  const specs = [
    { key: 'n', kind: 'number', min: 0, max: 10 },
    { key: 'd', kind: 'date', rule: 'past' },
    { key: 'c', kind: 'choice', options: ['a', 'b'] },
    { key: 'm', kind: 'multi', options: ['x', 'y'] },
    { key: 't', kind: 'text' },
    { key: 'aadhaar', kind: 'aadhaar' },
  ] as const satisfies readonly FieldSpec[];

  it('turn typed text into values, leaving unreadable text for the schema to refuse', () => {
    expect(draftToValues(specs, { n: '2,5', d: '05-01-2026', c: '', m: ['y'], t: ' x ', aadhaar: '' })).toEqual({ n: 2.5, d: '2026-01-05', c: null, m: ['y'], t: ' x ', aadhaar: '' });
    const bad = draftToValues(specs, { n: 'abc', d: '31-02-2026' });
    expect(bad['n']).toBeNaN();
    expect(bad['d']).toBe('31-02-2026');
  });

  it('show stored values as typed text, dates as dd-mm-yyyy and Aadhaar in groups of four', () => {
    expect(valuesToDraft(specs, { n: 3, d: '2026-01-05', c: 'b', m: ['x'], t: null, aadhaar: '234123412346' })).toEqual({ n: '3', d: '05-01-2026', c: 'b', m: ['x'], t: '', aadhaar: '2341 2341 2346' });
    expect(valuesToDraft(specs, { aadhaar: 'XXXX XXXX 2346' })['aadhaar']).toBe('XXXX XXXX 2346');
  });

  it('round-trip a section through its schema', () => {
    const child = { dob: '2013-06-10', admittedOn: '2026-09-30', today: '2026-11-29' };
    const values = { summary: 'Settled', suggestions: null, preparedBy: 'Meena', preparedOn: '2026-10-02', followUpBy: null };
    const draft = valuesToDraft(CASE_HISTORY_FIELDS.summary, values);
    expect(sectionSchema('summary', child).parse(draftToValues(CASE_HISTORY_FIELDS.summary, draft))).toEqual(values);
  });
});

describe('growth chart scales', () => {
  it('pad values to round ticks and place them between 0 and 1', () => {
    const s = valueScale([131, null, 133.5])!;
    expect(s.ticks).toEqual([131, 132, 133, 134]);
    expect(s.at(131)).toBe(0);
    expect(s.at(134)).toBe(1);
    expect(valueScale([null])).toBeNull();
    expect(valueScale([27])!.ticks).toEqual([26, 26.5, 27, 27.5, 28]);
  });

  it('spread one date over two months, and several from first to last', () => {
    expect(dateScale(['2026-10-01']).at('2026-10-01')).toBeCloseTo(0.5);
    const s = dateScale(['2026-10-01', '2026-12-01']);
    expect([s.at('2026-10-01'), s.at('2026-12-01'), s.first, s.last]).toEqual([0, 1, '2026-10-01', '2026-12-01']);
  });
});
