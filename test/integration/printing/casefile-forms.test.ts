import { afterAll, describe, expect, it } from 'vitest';
import { CASE_HISTORY_FIELDS } from '../../../src/shared/domain/case-history';
import { DOCUMENT_FIELDS, FOLLOW_UP_FIELDS, NEED_AREAS, PLAN_DETAILS_FIELDS, PLAN_ITEM_FIELDS, PRE_RELEASE_FIELDS, PROGRESS_FIELDS } from '../../../src/shared/domain/care-plan';
import type { FieldSpec } from '../../../src/shared/domain/casefile-fields';
import { ENTRY_FIELDS } from '../../../src/shared/domain/health';
import { FIELD_LABELS, NEED_AREA_LABELS, OPTION_LABELS } from '../../../src/main/printing/forms/casefile-labels';
import { keepPrint, missingText, pdfFontNames, pdfPageCount, PRINT_FONTS } from '../../helpers/pdf';
import { AADHAAR, caseFileBackend } from './casefile-fixture';
import { formatAadhaar } from '../../../src/shared/domain/aadhaar';
import { devanagariChild, sharedEngine } from './print-fixture';

const engine = sharedEngine();
afterAll(() => engine.close());

const allPages = (file: string) => Array.from({ length: pdfPageCount(file) }, (_, i) => i + 1);

describe('printed case-file forms', { timeout: 180_000 }, () => {
  it('has a printed label in both languages for every case-file field and choice', () => {
    const specs: FieldSpec[] = [
      ...Object.values(CASE_HISTORY_FIELDS).flat(),
      ...Object.values(ENTRY_FIELDS).flat(),
      ...[PLAN_DETAILS_FIELDS, PLAN_ITEM_FIELDS, PROGRESS_FIELDS, PRE_RELEASE_FIELDS, FOLLOW_UP_FIELDS, DOCUMENT_FIELDS].flat(),
    ];
    const areas = new Set<string>(NEED_AREAS);
    expect(specs.filter((f) => !areas.has(f.key) && !FIELD_LABELS[f.key]).map((f) => f.key)).toEqual([]);
    expect(NEED_AREAS.filter((a) => !NEED_AREA_LABELS[a])).toEqual([]);
    const options = specs.flatMap((f) => ('options' in f ? f.options : []));
    expect([...new Set(options)].filter((o) => !OPTION_LABELS[o])).toEqual([]);
    expect(Object.values({ ...FIELD_LABELS, ...OPTION_LABELS, ...NEED_AREA_LABELS }).filter((l) => !l.hi.trim() || !l.en.trim())).toEqual([]);
  });

  it('prints Form 43 with every section, the child’s record, the check-ups and reviews, and blanks where nothing is recorded', async () => {
    const { t, child } = await caseFileBackend(engine);
    const printed = await t.call('print.form', { form: 'form43', child: { id: child.id } });
    expect(printed.fileName).toBe('form43-CH-2026-001.pdf');
    const file = keepPrint('form43', printed.pdfBase64, []);
    keepPrint('form43', printed.pdfBase64, allPages(file));
    expect(
      missingText(file, [
        'प्रपत्र 43 / FORM 43',
        '11. प्रबंधन समिति द्वारा केस इतिहास की त्रैमासिक समीक्षा',
        'सुनीता कुमारी',
        'CWC/PAT/2026/114',
        'सौतेली माँ के दुर्व्यवहार के कारण घर छोड़ा',
        'राजकीय मध्य विद्यालय, गायघाट',
        '05-11-2026',
        'प्रगति संतोषजनक।',
        'एकल अभिभावक', // a choice not recorded still prints, as a box to tick
        'मुन्नी, Sunita',
        // The administrator may see the whole Aadhaar number.
        formatAadhaar(AADHAAR),
      ]),
    ).toEqual([]);
    expect(pdfFontNames(file).filter((f) => !PRINT_FONTS.test(f))).toEqual([]);
  });

  it('prints the care plan as it stands and as it stood on a date, each part or all four', async () => {
    const { t, child } = await caseFileBackend(engine);
    const now = await t.call('print.form', { form: 'form7', child: { id: child.id } });
    const file = keepPrint('form7', now.pdfBase64, []);
    keepPrint('form7', now.pdfBase64, allPages(file));
    expect(missingText(file, ['FORM 7 — Part A', 'FORM 7 — Part B', 'FORM 7 — Part C', 'FORM 7 — Part D', 'दूसरा संस्करण: वज़न अब भी कम', 'वज़न 1.5 कि.ग्रा. बढ़ा', 'संस्करण 3', '2 माह पर', 'जन्म प्रमाण पत्र'])).toEqual([]);
    expect(missingText(file, ['पहला संस्करण'])).toEqual(['पहला संस्करण']);

    const then = await t.call('print.form', { form: 'form7', child: { admissionNo: 'CH-2026-001' }, part: 'A', asOf: '2026-10-25' });
    expect(then.fileName).toBe('form7-CH-2026-001-part-A-as-on-2026-10-25.pdf');
    const old = keepPrint('form7-part-A-as-on-25-10-2026', then.pdfBase64);
    expect(missingText(old, ['पहला संस्करण: वज़न कम', '25-10-2026 को जैसी थी', 'संस्करण 1'])).toEqual([]);
    expect(missingText(old, ['दूसरा संस्करण', 'FORM 7 — Part B'])).toEqual(['दूसरा संस्करण', 'FORM 7 — Part B']);

    const before = await t.call('print.form', { form: 'form7', child: { id: child.id }, part: 'A', asOf: '2026-10-01' });
    const blank = keepPrint('form7-before-any-plan', before.pdfBase64);
    expect(missingText(blank, ['देखरेख योजना अभी नहीं बनी थी', 'चिंता के क्षेत्र'])).toEqual([]);
  });

  it('masks the Aadhaar number for those who may not see it, and refuses a CCL child’s forms without the right', async () => {
    const { t, child } = await caseFileBackend(engine);
    const ccl = await t.call('children.admit', devanagariChild({ admissionNo: 'OH-9', category: 'CCL' }));
    await t.call('users.create', { username: 'ravi', displayName: 'Ravi', role: 'case-worker', password: 'ravi password 1' });
    await t.login('ravi', 'ravi password 1');
    const file = keepPrint('form43-case-worker', (await t.call('print.form', { form: 'form43', child: { id: child.id } })).pdfBase64);
    expect(missingText(file, [`XXXX XXXX ${AADHAAR.slice(-4)}`])).toEqual([]);
    expect(missingText(file, [AADHAAR.slice(0, 8)])).toEqual([AADHAAR.slice(0, 8)]);
    for (const form of ['form43', 'form7'] as const) expect((await t.fail('print.form', { form, child: { id: ccl.id } })).code).toBe('forbidden');
    expect((await t.fail('print.form', { form: 'form7', child: { id: child.id }, asOf: '2026-13-01' })).code).toBe('invalid_input');
  });
});
