/**
 * Printing from the app in web mode: the administrator fills in the letterhead (with a logo),
 * admits a child, and prints Form 17 from the child's record; the browser downloads the PDF,
 * which is read back. Screens in English and Hindi go to test-results/screenshots/, the PDF
 * and its first page as PNG to test-results/printing/.
 */
import { readFileSync } from 'node:fs';
import { admitChild, gridRows, logIn, nav, openChildren, setUp } from './support/app';
import { ADMIN, INSTITUTION, SUNITA } from './support/data';
import { expect, test } from './support/fixtures';
import { englishLeftInPage } from './support/language';
import { makePortraitPng } from './support/png';
import { keepPrint, missingText, pdfImageCount } from '../helpers/pdf';

test('the letterhead is set in Settings and Form 17 prints from the child’s record', async ({ page, home, shot }) => {
  await home();
  await setUp(page);
  await logIn(page, ADMIN.username, ADMIN.password);

  await test.step('letterhead: a wrong e-mail is refused beside its field, then saved', async () => {
    await nav(page).getByRole('link', { name: 'Settings' }).click();
    await page.getByRole('navigation', { name: 'Settings sections' }).getByRole('link', { name: 'Institution' }).click();
    const form = page.getByRole('form', { name: 'Letterhead on printed forms' });
    await form.getByLabel('Name of the institution in Hindi').fill('राजकीय बालिका गृह, पटना');
    await form.getByLabel('Address in Hindi').fill('गायघाट, पटना — 800007');
    await form.getByLabel('Phone').fill('0612-2345678');
    await form.getByLabel('E-mail').fill('office at example');
    await form.getByLabel(/^Logo/).setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: makePortraitPng(64) });
    await expect(form.getByRole('img', { name: 'The logo printed on forms' })).toBeVisible();
    await form.getByRole('button', { name: 'Save' }).click();
    await expect(form.getByLabel('E-mail')).toHaveAttribute('aria-invalid', 'true');
    await form.getByLabel('E-mail').fill('cci.patna@example.in');
    await form.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
    await shot('60-letterhead-settings');
  });

  await test.step('print Form 17 from the child’s record', async () => {
    await openChildren(page);
    await admitChild(page, SUNITA, { photo: true });
    const panel = page.getByRole('region', { name: 'Print forms' });
    await expect(panel).toBeVisible();
    const download = page.waitForEvent('download');
    await panel.getByRole('button', { name: /^Form 17/ }).click();
    const pdf = await download;
    expect(pdf.suggestedFilename()).toBe('form17-CH-2026-017.pdf');
    const file = keepPrint('e2e-form17', readFileSync(await pdf.path()).toString('base64'));
    expect(missingText(file, [SUNITA.name, 'राजकीय बालिका गृह, पटना', INSTITUTION.registrationNo, 'प्रपत्र 17 / FORM 17', '02-11-2026', '14:30'])).toEqual([]);
    expect(pdfImageCount(file)).toBe(2); // the logo and the child's photo
    await shot('61-child-print-panel');
  });

  await test.step('the care plan as on a date: a wrong date is refused, then Part A prints', async () => {
    const panel = page.getByRole('region', { name: 'Print forms' });
    await panel.getByLabel('Care plan: part to print').selectOption({ label: 'Part A — the plan' });
    await panel.getByLabel('Care plan as it stood on').fill('31-02-2026');
    await panel.getByRole('button', { name: /^Form 7/ }).click();
    await expect(panel.getByRole('alert')).toHaveText('Write the date as dd-mm-yyyy.');
    await panel.getByLabel('Care plan as it stood on').fill('03-11-2026');
    const download = page.waitForEvent('download');
    await panel.getByRole('button', { name: /^Form 7/ }).click();
    const pdf = await download;
    expect(pdf.suggestedFilename()).toBe('form7-CH-2026-017-part-A-as-on-2026-11-03.pdf');
    const file = keepPrint('e2e-form7-part-A', readFileSync(await pdf.path()).toString('base64'));
    expect(missingText(file, ['FORM 7 — Part A', '03-11-2026 को जैसी थी', 'no care plan had been made'])).toEqual([]);
  });

  await test.step('Form 44 from the child’s record: the child filled in, the order left to write', async () => {
    const panel = page.getByRole('region', { name: 'Print forms' });
    const download = page.waitForEvent('download');
    await panel.getByRole('button', { name: /^Form 44/ }).click();
    const pdf = await download;
    expect(pdf.suggestedFilename()).toBe('form44-CH-2026-017.pdf');
    const file = keepPrint('e2e-form44', readFileSync(await pdf.path()).toString('base64'));
    expect(missingText(file, ['प्रपत्र 44 / FORM 44', SUNITA.name, 'मुक्ति-सह-पुनर्स्थापन आदेश'])).toEqual([]);
  });

  await test.step('the Reports page prints the admission register and the quarterly report', async () => {
    await nav(page).getByRole('link', { name: 'Reports' }).click();
    const register = page.getByRole('region', { name: 'Admission register' });
    await register.getByLabel('From').fill('31-12-2026');
    await register.getByRole('button', { name: 'Print (PDF)' }).click();
    await expect(register.getByRole('alert').filter({ hasText: 'Correct the dates first.' })).toBeVisible();
    await register.getByLabel('From').fill('01-10-2026');
    let download = page.waitForEvent('download');
    await register.getByRole('button', { name: 'Print (PDF)' }).click();
    const registerPdf = await download;
    expect(registerPdf.suggestedFilename()).toMatch(/^admission-register-2026-10-01-to-\d{4}-\d{2}-\d{2}\.pdf$/);
    const registerFile = keepPrint('e2e-register', readFileSync(await registerPdf.path()).toString('base64'));
    expect(missingText(registerFile, ['प्रवेश रजिस्टर', SUNITA.name, SUNITA.admissionNo])).toEqual([]);

    const quarterly = page.getByRole('region', { name: /Quarterly report/ });
    await page.getByLabel('Quarter', { exact: true }).selectOption('2026-Q4');
    download = page.waitForEvent('download');
    await quarterly.getByRole('button', { name: 'Print (PDF)' }).click();
    expect((await download).suggestedFilename()).toBe('quarterly-report-2026-Q4.pdf');
    await shot('64-reports-print');
  });

  await test.step('the same in Hindi', async () => {
    await page.getByRole('group', { name: /Language/ }).getByRole('button', { name: 'हिन्दी' }).click();
    await expect(page.getByRole('region', { name: /धारा 40\(4\)/ }).getByRole('button', { name: 'छापें (PDF)' })).toBeVisible();
    await shot('65-hindi-reports-print');
    await nav(page, 'मुख्य भाग').getByRole('link', { name: 'बच्चे' }).click();
    await gridRows(page).filter({ hasText: SUNITA.admissionNo }).click();
    const panel = page.getByRole('region', { name: 'प्रपत्र छापें' });
    await expect(panel.getByRole('button', { name: /^प्रपत्र 17/ })).toBeVisible();
    await shot('62-hindi-child-print-panel');
    const data = [INSTITUTION.name, ADMIN.displayName, SUNITA.admissionNo, SUNITA.aliases.replace(';', ','), SUNITA.village ?? '', SUNITA.referredBy ?? ''];
    expect.soft(await englishLeftInPage(page, data), 'English text left in the Hindi child view').toEqual([]);
    await nav(page, 'मुख्य भाग').getByRole('link', { name: 'सेटिंग' }).click();
    await page.getByRole('navigation', { name: 'सेटिंग के भाग' }).getByRole('link', { name: 'संस्था' }).click();
    await expect(page.getByRole('form', { name: 'छपे प्रपत्रों का शीर्ष (लेटरहेड)' })).toBeVisible();
    await shot('63-hindi-letterhead-settings');
    expect.soft(await englishLeftInPage(page, [...data, 'cci.patna@example.in', INSTITUTION.registrationNo]), 'English text left in the Hindi letterhead settings').toEqual([]);
  });
});
