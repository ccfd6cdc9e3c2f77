import { afterAll, describe, expect, it } from 'vitest';
import { keepPrint, missingText, pdfFontNames, pdfImageCount, pdfPageSize, PRINT_FONTS } from '../../helpers/pdf';
import { devanagariChild, printingBackend, sharedEngine } from './print-fixture';

const engine = sharedEngine();
afterAll(() => engine.close());

// The first print of a file starts Chromium: seconds on a busy 2-core machine.
describe('Form 17, the production report', { timeout: 120_000 }, () => {
  it('prints the child in Devanagari with the photo, the letterhead, page numbers and blank lines', async () => {
    const { t, child } = await printingBackend(engine);
    const printed = await t.call('print.form', { form: 'form17', child: { id: child.id } });
    expect(printed.fileName).toBe('form17-CH-2026-001.pdf');
    const file = keepPrint('form17', printed.pdfBase64, [1, 2]);

    expect(pdfPageSize(file)).toContain('(A4)');
    expect(missingText(file, ['राजकीय बालिका गृह, पटना', 'प्रपत्र 17 / FORM 17', 'सुनीता कुमारी', 'रामेश्वर प्रसाद', 'बाएँ गाल पर तिल', 'मुन्नी, Sunita', 'हिन्दी, भोजपुरी', 'स्त्री / Female', '11 वर्ष (अनुमानित)', '01-10-2026', '12:00', 'पृष्ठ / Page 1 / 3'])).toEqual([]);
    // Only the bundled fonts, embedded (fonts.test.ts proves they need nothing installed).
    expect(pdfFontNames(file).filter((f) => !PRINT_FONTS.test(f))).toEqual([]);
    expect(pdfImageCount(file)).toBe(1);
  });

  it('leaves the photo box empty for someone without photos.view, and finds a child by admission number', async () => {
    const { t } = await printingBackend(engine);
    await t.call('users.create', { username: 'audit', displayName: 'Auditor', role: 'auditor', password: 'auditor password' });
    await t.login('audit', 'auditor password');
    const printed = await t.call('print.form', { form: 'form17', child: { admissionNo: 'CH-2026-001' } });
    const file = keepPrint('form17-without-photo', printed.pdfBase64);
    expect(pdfImageCount(file)).toBe(0);
    expect(missingText(file, ['फोटो चिपकाएँ'])).toEqual([]);
  });

  it('prints a child in conflict with law only for those who may see their identity, and logs each print', async () => {
    const { t } = await printingBackend(engine);
    const ccl = await t.call('children.admit', devanagariChild({ admissionNo: 'OH-7', category: 'CCL', name: 'गुप्त नाम' }));
    await t.call('users.create', { username: 'ravi', displayName: 'Ravi', role: 'case-worker', password: 'ravi password 1' });
    keepPrint('form17-ccl', (await t.call('print.form', { form: 'form17', child: { id: ccl.id } })).pdfBase64);
    const log = () => t.backend.core.vault.db().prepare(`SELECT action FROM access_log WHERE entity_id = ?`).all(ccl.id);
    expect(log()).toEqual([{ action: 'print' }]);

    await t.login('ravi', 'ravi password 1');
    const refused = await t.fail('print.form', { form: 'form17', child: { admissionNo: 'OH-7' } });
    expect(refused.code).toBe('forbidden');
    expect(refused.message).toContain('OH-7');
    expect(refused.message).not.toContain('गुप्त');
    expect(log()).toHaveLength(1);
  });

  it('refuses what cannot be printed, with a reason', async () => {
    const { t } = await printingBackend(engine);
    expect(await t.fail('print.form', { form: 'form17', child: { admissionNo: 'NO-SUCH' } })).toMatchObject({ code: 'not_found', message: 'No child has admission number NO-SUCH.' });
    expect((await t.fail('print.form', { form: 'form99', child: { id: 'x' } } as never)).code).toBe('invalid_input');
    expect((await t.fail('print.form', { form: 'form17', child: { admissionNo: '  ' } })).code).toBe('invalid_input');
  });
});
