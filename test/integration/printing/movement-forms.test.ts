import { afterAll, describe, expect, it } from 'vitest';
import { keepPrint, missingText, pdfFontNames, pdfImageCount, pdfPageSize, PRINT_FONTS } from '../../helpers/pdf';
import { movementsBackend } from './movements-fixture';
import { sharedEngine } from './print-fixture';

const engine = sharedEngine();
afterAll(() => engine.close());

const CASE_WORKER = ['ravi', 'ravi password 1'] as const;

describe('printed movements: Forms 44 and 45, the admission register, the reports', { timeout: 240_000 }, () => {
  it('prints Form 44 and Form 45 from the child’s restoration, with the photo', async () => {
    const { t, girl } = await movementsBackend(engine);
    // What the child's page asks for when it opens, so this first print finds Chromium running.
    expect(await t.call('print.prepare', {})).toEqual({ ok: true });
    const f44 = await t.call('print.form', { form: 'form44', child: { id: girl.id } });
    expect(f44.fileName).toBe('form44-CH-2026-001.pdf');
    const file44 = keepPrint('form44', f44.pdfBase64);
    expect(pdfPageSize(file44)).toContain('(A4)');
    expect(
      missingText(file44, ['प्रपत्र 44 / FORM 44', 'नियम 82(1)', 'मुक्ति-सह-पुनर्स्थापन आदेश', 'सुनीता कुमारी', 'पुत्री', 'PAT/CNCP/2026/77', 'बाल कल्याण समिति / Child Welfare Committee, CWC/PAT/2026/114', 'रामेश्वर प्रसाद (पिता)', 'CWC/PAT/2026/301, 18-11-2026', '37(1)(a)', 'गृह सत्यापन में पिता देखरेख के योग्य', 'ज़िला बाल संरक्षण इकाई, पटना']),
    ).toEqual([]);
    expect(pdfImageCount(file44)).toBe(1);
    expect(pdfFontNames(file44).filter((f) => !PRINT_FONTS.test(f))).toEqual([]);

    // Form 17 takes the case number from the same profile.
    const file17 = keepPrint('form17-with-case-no', (await t.call('print.form', { form: 'form17', child: { id: girl.id } })).pdfBase64);
    expect(missingText(file17, ['PAT/CNCP/2026/77'])).toEqual([]);

    const file45 = keepPrint('form45', (await t.call('print.form', { form: 'form45', child: { admissionNo: 'CH-2026-001' } })).pdfBase64);
    expect(missingText(file45, ['प्रपत्र 45 / FORM 45', 'नियम 82(4)', 'अनीता देवी', 'परामर्शदाता', 'सरकारी वाहन', '20-11-2026', 'ग्राम रामपुर, थाना दानापुर, ज़िला पटना', 'CWC/PAT/2026/301, 18-11-2026, बाल कल्याण समिति, पटना'])).toEqual([]);
  });

  it('prints Form 44 with the order’s lines blank for a child not yet restored', async () => {
    const { t, boy } = await movementsBackend(engine);
    const file = keepPrint('form44-not-restored', (await t.call('print.form', { form: 'form44', child: { id: boy.id } })).pdfBase64);
    expect(missingText(file, ['राहुल यादव', 'पुत्र', 'सुरेश यादव'])).toEqual([]);
    expect(missingText(file, ['CWC/PAT/2026/301'])).toEqual(['CWC/PAT/2026/301']);
  });

  it('prints the admission register for a span of days, each stay with its movements', async () => {
    const { t } = await movementsBackend(engine);
    const printed = await t.call('print.form', { form: 'register', from: '2026-10-01', to: '2026-12-31' });
    expect(printed.fileName).toBe('admission-register-2026-10-01-to-2026-12-31.pdf');
    const file = keepPrint('admission-register', printed.pdfBase64);
    expect(pdfPageSize(file)).toMatch(/^841\.92 x 594\.96 pts \(A4\)/); // landscape
    expect(
      missingText(file, ['प्रवेश रजिस्टर', 'Admission register', '01-10-2026 से 31-12-2026 तक · 5 प्रविष्टियाँ', 'सुनीता कुमारी', 'राहुल यादव', 'सरिता देवी (मौसी)', 'भाग गया / Ran away', 'FIR/GD GD 45/26', 'परिवार में पुनर्स्थापित / Restored to family', 'मृत्यु / Died', 'गुप्त नाम']),
    ).toEqual([]);

    // A shorter span holds only the stays that began in it.
    const december = keepPrint('admission-register-december', (await t.call('print.form', { form: 'register', from: '2026-12-01', to: '2026-12-31' })).pdfBase64);
    expect(missingText(december, ['अमन कुमार', '1 प्रविष्टि / from 01-12-2026 to 31-12-2026 · 1 entry'])).toEqual([]);
    expect(missingText(december, ['सुनीता कुमारी'])).toEqual(['सुनीता कुमारी']);
  });

  it('withholds a CCL child’s identity from the register for those without the right, and never names them in reports', async () => {
    const { t } = await movementsBackend(engine);
    const quarterly = keepPrint('quarterly-report', (await t.call('print.form', { form: 'quarterly', period: '2026-Q4' })).pdfBase64);
    expect(
      missingText(quarterly, ['धारा 40(4)', 'परिवार में पुनर्स्थापित बालक (1)', 'मृत बालक (1)', 'भागे हुए बालक (2)', 'सुनीता कुमारी', 'पूजा कुमारी', 'डेंगू बुखार', 'राहुल यादव', 'OH-2026-003', 'नाम रोका गया (धारा 74)', 'FIR 212/26']),
    ).toEqual([]);
    // Even the administrator, who may see the child's identity, sends it out without it.
    expect(missingText(quarterly, ['गुप्त नाम', 'छिपे पिता'])).toEqual(['गुप्त नाम', 'छिपे पिता']);

    const monthly = keepPrint('monthly-summary', (await t.call('print.form', { form: 'monthly', month: '2026-11' })).pdfBase64);
    expect(missingText(monthly, ['मासिक सारांश', 'माह 2026-11: 01-11-2026 से 30-11-2026', 'माह के आरंभ में नामांकित', 'माह के अंत में नामांकित'])).toEqual([]);
    expect(missingText(monthly, ['गुप्त नाम', 'सुनीता कुमारी'])).toEqual(['गुप्त नाम', 'सुनीता कुमारी']);

    await t.call('users.create', { username: CASE_WORKER[0], displayName: 'Ravi', role: 'case-worker', password: CASE_WORKER[1] });
    await t.login(...CASE_WORKER);
    const register = keepPrint('admission-register-case-worker', (await t.call('print.form', { form: 'register', from: '2026-10-01', to: '2026-12-31' })).pdfBase64);
    expect(missingText(register, ['OH-2026-003', 'नाम रोका गया', 'name withheld', 'सुनीता कुमारी'])).toEqual([]);
    expect(missingText(register, ['गुप्त नाम', 'छिपे पिता'])).toEqual(['गुप्त नाम', 'छिपे पिता']);
    for (const form of ['form44', 'form45'] as const) expect((await t.fail('print.form', { form, child: { admissionNo: 'OH-2026-003' } })).code).toBe('forbidden');
  });

  it('refuses an unknown child, impossible dates and a span that ends before it begins, with a reason', async () => {
    const { t } = await movementsBackend(engine);
    expect(await t.fail('print.form', { form: 'form45', child: { admissionNo: 'NO-SUCH' } })).toMatchObject({ code: 'not_found', message: 'No child has admission number NO-SUCH.' });
    expect((await t.fail('print.form', { form: 'register', from: '2026-02-30', to: '2026-03-31' })).code).toBe('invalid_input');
    const backwards = await t.fail('print.form', { form: 'register', from: '2026-12-31', to: '2026-10-01' });
    expect(backwards.code).toBe('invalid_input');
    expect(backwards.message).toMatch(/before the start date/);
    expect((await t.fail('print.form', { form: 'quarterly', period: '2026-Q5' })).code).toBe('invalid_input');
    expect((await t.fail('print.form', { form: 'monthly', month: '2026-13' })).code).toBe('invalid_input');
    expect((await t.fail('print.form', { form: 'register', from: '2026-10-01', to: '2026-12-31', child: { admissionNo: 'CH-2026-001' } } as never)).code).toBe('invalid_input');
  });
});
