/**
 * A child's case file, as a case worker keeps it: the case history (Form 43) section by
 * section with its completeness, an Aadhaar number checked and masked, check-ups drawn on the
 * growth chart, the care plan (Form 7) with its versions and the plan as on a date, and a
 * scanned order attached — with the refusals a clerk meets (a wrong check digit, a date before
 * admission or in the future, a file that is not what its name says). Then the same screens
 * in Hindi, and what a case worker (no right to the full Aadhaar number) sees.
 * Named screenshots: casefile-*.png.
 */
import type { Page } from '@playwright/test';
import { addUser, admitChild, gridRows, logIn, logOut, nav, openChildren, setUp } from './support/app';
import { ADMIN, CASE_WORKER, INSTITUTION, type ChildData } from './support/data';
import { istDate } from './support/dates';
import { expect, test } from './support/fixtures';
import { englishLeftInPage } from './support/language';

test.describe.configure({ mode: 'serial' });

/** Admitted 60 days ago, so there is room for check-ups and a care plan since. */
const PRIYA: ChildData = {
  admissionNo: 'CH/2026/031',
  name: 'प्रिया कुमारी',
  aliases: 'Pinki',
  sex: 'Female',
  category: 'Child in need of care and protection (CNCP)',
  dob: '10-06-2013',
  admittedDate: istDate(-60),
  admittedTime: '10:15',
  fatherName: 'मोहन लाल',
};

/** A one-page PDF, as a scanner would write it (header, objects, trailer). */
const ORDER_PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
  'latin1',
);

function tab(page: Page, name: string) {
  return page.getByRole('navigation', { name: /Case file|केस फ़ाइल/ }).getByRole('link', { name, exact: true });
}

function section(page: Page, name: string) {
  return page.getByRole('region', { name, exact: true });
}

test('keep a child’s case file: history, health, care plan, documents', async ({ page, home, shot }) => {
  test.setTimeout(240_000);

  await test.step('admit a child and open her case history', async () => {
    await home();
    await setUp(page);
    await logIn(page, ADMIN.username, ADMIN.password);
    await openChildren(page);
    await admitChild(page, PRIYA);
    await expect(page.getByText('Case history (Form 43):')).toBeVisible();
    await expect(page.getByText('No care plan yet (due within one month of admission).')).toBeVisible();
    await tab(page, 'Case history').click();
    await expect(section(page, 'Profile')).toBeVisible();
    await expect(section(page, 'Quarterly review by the Management Committee')).toBeVisible();
    await expect(page.getByText(/^0 of \d+ filled \(0%\)$/).first()).toBeVisible();
    await shot('casefile-history-empty');
  });

  await test.step('profile: a wrong Aadhaar check digit is refused, the right number saved', async () => {
    const profile = section(page, 'Profile');
    await profile.getByRole('button', { name: 'Edit Profile' }).click();
    const form = page.getByRole('form', { name: 'Profile' });
    await form.getByLabel(/^Religion/).fill('Hindu');
    await form.getByLabel(/^Native district/).fill('Gaya');
    const aadhaar = form.getByLabel(/^Aadhaar number/);
    await aadhaar.fill('2341 2341 2347');
    await form.getByRole('button', { name: 'Save' }).click();
    await expect(aadhaar).toHaveAccessibleDescription(/The Aadhaar check digit does not match: check the number$/);
    await expect(aadhaar).toBeFocused();
    await shot('casefile-aadhaar-refused');
    await aadhaar.fill('2341 2341 2346');
    await form.getByRole('button', { name: 'Save' }).click();
    await expect(form).toBeHidden();
    await expect(profile.getByText('2341 2341 2346')).toBeVisible();
    await expect(profile.getByText('3 of 8 filled (38%)')).toBeVisible();
  });

  await test.step('family, partly: saved on its own; a summary dated before admission is refused', async () => {
    const family = section(page, 'Family and circumstances');
    await family.getByRole('button', { name: 'Edit Family and circumstances' }).click();
    const form = page.getByRole('form', { name: 'Family and circumstances' });
    await form.getByLabel(/^Type of family/).selectOption({ label: 'Joint' });
    await form.getByLabel(/^Reason for leaving the family/).fill('सौतेली माँ के दुर्व्यवहार के कारण घर छोड़ा');
    await form.getByRole('button', { name: 'Save' }).click();
    await expect(family.getByText('2 of 16 filled (13%)')).toBeVisible();

    const summary = section(page, 'Summary and suggestions');
    await summary.getByRole('button', { name: 'Edit Summary and suggestions' }).click();
    const sform = page.getByRole('form', { name: 'Summary and suggestions' });
    await sform.getByLabel(/^Summary of the case history/).fill('Left home after abuse; settled in the Home.');
    const prepared = sform.getByLabel(/^Prepared on/);
    await prepared.fill(istDate(-61));
    await sform.getByRole('button', { name: 'Save' }).click();
    await expect(prepared).toHaveAccessibleDescription(/Cannot be before the date of admission$/);
    await prepared.fill('31-02-2026');
    await sform.getByRole('button', { name: 'Save' }).click();
    await expect(prepared).toHaveAccessibleDescription(/dd-mm-yyyy/);
    await shot('casefile-date-refused');
    await sform.getByRole('button', { name: 'Cancel' }).click();
    // Nothing of the refused summary was kept.
    await expect(summary.getByText('0 of 5 filled (0%)')).toBeVisible();
  });

  await test.step('health: two check-ups on the growth chart, a future date refused', async () => {
    await tab(page, 'Health').click();
    const checkups = section(page, 'Health check-ups');
    for (const [days, height, weight] of [
      [-50, '131', '26.5'],
      [-10, '133.5', '28.2'],
    ] as const) {
      await checkups.getByRole('button', { name: 'Add a check-up' }).click();
      const form = page.getByRole('form', { name: 'Add a check-up' });
      await form.getByLabel('Date of check-up').fill(istDate(days));
      await form.getByLabel(/^Height \(cm\)/).fill(height);
      await form.getByLabel(/^Weight \(kg\)/).fill(weight);
      await form.getByLabel(/^Admissible weight/).fill('30');
      await form.getByLabel(/^Doctor/).fill('Dr. Sinha, PHC Danapur');
      await form.getByRole('button', { name: 'Save' }).click();
      await expect(form).toBeHidden();
    }
    await expect(checkups.getByRole('row')).toHaveCount(3);
    await checkups.getByRole('button', { name: 'Add a check-up' }).click();
    const form = page.getByRole('form', { name: 'Add a check-up' });
    await form.getByLabel('Date of check-up').fill(istDate(3));
    await form.getByRole('button', { name: 'Save' }).click();
    await expect(form.getByLabel('Date of check-up')).toHaveAccessibleDescription(/Cannot be in the future$/);
    await form.getByRole('button', { name: 'Cancel' }).click();

    const immunisation = section(page, 'Immunisation');
    await immunisation.getByRole('button', { name: 'Add an immunisation' }).click();
    const iform = page.getByRole('form', { name: 'Add an immunisation' });
    await iform.getByLabel('Date given').fill(istDate(-20));
    await iform.getByLabel('Vaccine').selectOption({ label: 'Tetanus–diphtheria (Td)' });
    await iform.getByRole('button', { name: 'Save' }).click();
    await expect(immunisation.getByRole('cell', { name: 'Tetanus–diphtheria (Td)' })).toBeVisible();

    const chart = page.getByRole('img', { name: 'Height and weight chart' });
    await expect(chart).toBeVisible();
    // The admission had no measurement: two check-ups, each a height and a weight point (and the admissible weight).
    await expect(chart.locator('.series-height circle')).toHaveCount(2);
    await expect(chart.locator('.series-weight circle')).toHaveCount(2);
    await shot('casefile-health');
  });

  await test.step('care plan: Part A, a progress report, the history of versions', async () => {
    await tab(page, 'Care plan').click();
    await expect(page.getByText('No care plan yet (due within one month of admission).').first()).toBeVisible();
    await section(page, 'Part A — Individual care plan').getByRole('button', { name: 'Edit Part A — Individual care plan' }).click();
    const form = page.getByRole('form', { name: 'Part A — Individual care plan' });
    await form.getByLabel(/^Prepared by/).fill('Meena Devi, Case worker');
    await form.getByLabel(/^Prepared on/).fill(istDate(-40));
    await form.getByRole('button', { name: 'Add a concern to 2. Health and nutrition' }).click();
    const concern = form.getByRole('group', { name: 'Concern 1 in 2. Health and nutrition' });
    await concern.getByLabel('Area of concern').fill('Underweight for her age');
    await concern.getByLabel('Proposed intervention').fill('Supplementary diet; weigh every month');
    await concern.getByLabel(/^Person responsible/).fill('Nurse Kamla');
    await concern.getByLabel(/^Target date/).fill(istDate(60));
    await form.getByRole('button', { name: 'Add a concern to 4. Education and training' }).click();
    await form.getByRole('button', { name: 'Save' }).click();
    // An empty concern is refused beside its fields; the plan is not saved.
    const empty = form.getByRole('group', { name: 'Concern 1 in 4. Education and training' });
    await expect(empty.getByLabel('Area of concern')).toHaveAccessibleDescription('Required');
    await empty.getByRole('button', { name: 'Remove this concern' }).click();
    await form.getByRole('button', { name: 'Save' }).click();
    await expect(form).toBeHidden();
    await expect(page.getByText(/^Version 1, saved .* by asha\.$/)).toBeVisible();
    await expect(page.getByRole('cell', { name: 'Supplementary diet; weigh every month' })).toBeVisible();

    const partB = section(page, 'Part B — Progress reports');
    await partB.getByRole('button', { name: 'Add a progress report' }).click();
    const report = page.getByRole('form', { name: 'Add a progress report' });
    await report.getByLabel(/^Period from/).fill(istDate(-40));
    await report.getByLabel(/^Period to/).fill(istDate(-45));
    await report.getByRole('button', { name: 'Save' }).click();
    await expect(report.getByLabel(/^Period to/)).toHaveAccessibleDescription(/Cannot be before the start of the period$/);
    await report.getByLabel(/^Period to/).fill(istDate(-1));
    await report.getByLabel(/^General conduct/).fill('Attends school regularly; friendly with the other girls.');
    await report.getByLabel(/^2\. Health and nutrition/).fill('Gained 1.7 kg.');
    await report.getByRole('button', { name: 'Save' }).click();
    await expect(report).toBeHidden();
    await expect(page.getByText(/^Version 2, saved .* by asha\.$/)).toBeVisible();

    await page.getByText('History: 2 saved versions').click();
    await page.getByRole('button', { name: 'View version 1' }).click();
    const earlier = page.getByRole('region', { name: /^Version 1 of the care plan, saved/ });
    await expect(earlier.getByText('Nothing recorded yet.').first()).toBeVisible();
    await page.getByRole('form', { name: 'The plan as on' }).getByLabel('The plan as on').fill(istDate(-1));
    await page.getByRole('button', { name: 'Show', exact: true }).click();
    await expect(page.getByRole('heading', { name: `The care plan as it stood on ${istDate(-1)}` })).toBeVisible();
    await expect(page.getByText('There was no care plan yet on that date.')).toBeVisible();
    await shot('casefile-plan');
    await page.getByRole('button', { name: 'Close' }).click();
  });

  await test.step('documents: a scanned order kept; a file that is not what it says refused', async () => {
    await tab(page, 'Documents').click();
    const add = page.getByRole('form', { name: 'Add a document' });
    await add.getByLabel('Kind of document').selectOption({ label: 'Order' });
    await add.getByLabel('Title').fill('CWC Patna order 131/2026 (placement)');
    await add.getByLabel(/^Date on the document/).fill(istDate(-60));
    await add.getByLabel('File').setInputFiles({ name: 'order-131.pdf', mimeType: 'application/pdf', buffer: ORDER_PDF });
    await add.getByRole('button', { name: 'Add the document' }).click();
    await expect(page.getByRole('cell', { name: 'CWC Patna order 131/2026 (placement)' })).toBeVisible();

    await add.getByLabel('Kind of document').selectOption({ label: 'Certificate' });
    await add.getByLabel('Title').fill('Birth certificate');
    await add.getByLabel('File').setInputFiles({ name: 'birth.pdf', mimeType: 'application/pdf', buffer: Buffer.from('just some text, not a scan') });
    await add.getByRole('button', { name: 'Add the document' }).click();
    await expect(add.getByLabel('File')).toHaveAccessibleDescription(/Not a PDF, JPEG or PNG file, or damaged$/);
    await expect(page.getByRole('cell', { name: 'Birth certificate' })).toHaveCount(0);
    await shot('casefile-documents');
  });

  await test.step('the care-plans overview lists her with her plan', async () => {
    await nav(page).getByRole('link', { name: 'Care plans' }).click();
    await expect(page.getByRole('heading', { name: 'Care plans', level: 1 })).toBeVisible();
    await expect(page.getByText('1 child on the roll; 0 without a care plan.')).toBeVisible();
    await expect(page.getByRole('row').filter({ hasText: PRIYA.admissionNo })).toContainText('Version 2');
    await shot('casefile-care-plans');
    await page.getByRole('link', { name: PRIYA.admissionNo }).click();
    await expect(tab(page, 'Care plan')).toHaveAttribute('aria-current', 'page');
  });

  await test.step('the same case file in Hindi', async () => {
    await page.getByRole('group', { name: /Language/ }).getByRole('button', { name: 'हिन्दी' }).click();
    const data = [INSTITUTION.name, ADMIN.displayName, PRIYA.admissionNo, PRIYA.name, 'Hindu', 'Gaya', 'asha', 'Dr. Sinha, PHC Danapur', 'Meena Devi, Case worker', 'Nurse Kamla', 'Supplementary diet; weigh every month', 'Underweight for her age', 'CWC Patna order 131/2026 (placement)', 'PDF', 'KB', 'Left home after abuse; settled in the Home.', 'Attends school regularly; friendly with the other girls.', 'Gained 1.7 kg.'];
    for (const [name, shotName] of [
      ['दस्तावेज़', 'casefile-documents-hi'],
      ['देखरेख योजना', 'casefile-plan-hi'],
      ['स्वास्थ्य', 'casefile-health-hi'],
      ['केस इतिहास', 'casefile-history-hi'],
    ] as const) {
      await tab(page, name).click();
      await expect(tab(page, name)).toHaveAttribute('aria-current', 'page');
      await shot(shotName);
      expect.soft(await englishLeftInPage(page, data), `English text left in the Hindi ${name} tab`).toEqual([]);
    }
    await nav(page, 'मुख्य भाग').getByRole('link', { name: 'देखरेख योजनाएँ' }).click();
    await expect(page.getByRole('heading', { name: 'देखरेख योजनाएँ', level: 1 })).toBeVisible();
    await shot('casefile-care-plans-hi');
    expect.soft(await englishLeftInPage(page, data), 'English text left in the Hindi care-plans page').toEqual([]);
    await page.getByRole('link', { name: PRIYA.admissionNo }).click();
    await tab(page, 'केस इतिहास').click();
    // A refusal in Hindi: the message comes from the shared schema, translated.
    await section(page, 'परिचय').getByRole('button', { name: 'परिचय बदलें' }).click();
    const aadhaar = page.getByRole('form', { name: 'परिचय' }).getByLabel(/^आधार संख्या/);
    await aadhaar.fill('2341 2341 2347');
    await page.getByRole('form', { name: 'परिचय' }).getByRole('button', { name: 'सहेजें' }).click();
    await expect(aadhaar).toHaveAccessibleDescription(/आधार का जाँच अंक मेल नहीं खाता/);
    await shot('casefile-aadhaar-refused-hi');
    await page.getByRole('form', { name: 'परिचय' }).getByRole('button', { name: 'रद्द करें' }).click();
    await page.getByRole('group', { name: /भाषा/ }).getByRole('button', { name: 'English' }).click();
  });

  await test.step('a case worker sees the Aadhaar number masked', async () => {
    await addUser(page, CASE_WORKER);
    await logOut(page);
    await logIn(page, CASE_WORKER.username, CASE_WORKER.password);
    await openChildren(page);
    await gridRows(page).filter({ hasText: PRIYA.admissionNo }).click();
    await tab(page, 'Case history').click();
    const profile = section(page, 'Profile');
    await expect(profile.getByText('XXXX XXXX 2346')).toBeVisible();
    await expect(page.getByText('2341 2341 2346')).toHaveCount(0);
    await shot('casefile-aadhaar-masked');
  });
});
