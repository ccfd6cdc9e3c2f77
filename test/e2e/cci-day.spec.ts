/**
 * A superintendent's case, start to finish, as issue 5 describes it: admit a girl brought by
 * Childline, fill her case history, make her care plan, record that she ran away and came
 * back, restore her to her father (the 2-month follow-up then falls due), and print
 * Form 43 and the care plan. Every screen in English and Hindi (cci-day-*.png); the PDFs
 * and their first pages under test-results/printing/.
 */
import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { admitChild, logIn, nav, openChildren, setUp } from './support/app';
import { ADMIN, INSTITUTION, type ChildData } from './support/data';
import { istDate } from './support/dates';
import { expect, test } from './support/fixtures';
import { englishLeftInPage } from './support/language';
import { recordMovement } from './support/movements';
import { keepPrint, missingText } from '../helpers/pdf';

test.describe.configure({ mode: 'serial' });

/** Admitted 70 days ago: time for a plan, a runaway and a restoration since, 58 days ago. */
const MEENA: ChildData = {
  admissionNo: 'CH/2026/052',
  name: 'मीना कुमारी',
  aliases: 'Meenu',
  sex: 'Female',
  category: 'Child in need of care and protection (CNCP)',
  dob: '04-02-2012',
  admittedDate: istDate(-70),
  admittedTime: '16:40',
  fatherName: 'सुरेश पासवान',
  village: 'Phulwari',
  state: 'Bihar',
  district: 'Patna',
  referredBy: 'Childline 1098, Patna Junction',
};

const caseFileTab = (page: Page, name: string) => page.getByRole('navigation', { name: /Case file|केस फ़ाइल/ }).getByRole('link', { name, exact: true });
const section = (page: Page, name: string) => page.getByRole('region', { name, exact: true });

async function inHindi(page: Page, shot: (name: string) => Promise<void>, name: string, data: string[]) {
  await page.getByRole('group', { name: /Language/ }).getByRole('button', { name: 'हिन्दी' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'hi');
  await shot(`${name}-hi`);
  expect.soft(await englishLeftInPage(page, data), `English left on the Hindi ${name} screen`).toEqual([]);
  await page.getByRole('group', { name: /भाषा/ }).getByRole('button', { name: 'English' }).click();
}

/** A movement saved (the form closes with a notice). */
async function saveMovement(page: Page, kind: string, date: string, time: string, fill: (form: Locator) => Promise<void>) {
  await recordMovement(page, kind, date, time, fill);
  await expect(page.getByText('The movement was saved.')).toBeVisible();
}

test('a child’s case from admission to restoration, with Form 43 and the care plan printed', async ({ page, home, shot }) => {
  test.setTimeout(300_000);
  const data = [INSTITUTION.name, ADMIN.displayName, ADMIN.username, MEENA.admissionNo, MEENA.name, MEENA.aliases, MEENA.village!, MEENA.referredBy!, 'Hindu', 'Nalanda', 'Meena Devi, Case worker', 'Anaemic', 'Iron and folic acid; diet chart', 'Nurse Kamla', 'Patna', 'Bihar', 'Danapur', 'GD', 'Phulwari police', 'Father', 'Family traced; home inquiry found it fit', 'Child Welfare Committee, Patna', 'CWC PAT', 'Rita Kumari', 'Left after a quarrel'];

  await test.step('admit', async () => {
    await home();
    await setUp(page);
    await logIn(page, ADMIN.username, ADMIN.password);
    await openChildren(page);
    await admitChild(page, MEENA);
    await expect(page.getByText('No care plan yet (due within one month of admission).')).toBeVisible();
    await shot('cci-day-1-admitted');
    await inHindi(page, shot, 'cci-day-1-admitted', data);
  });

  await test.step('case history (Form 43): the profile, saved on its own', async () => {
    await caseFileTab(page, 'Case history').click();
    await section(page, 'Profile').getByRole('button', { name: 'Edit Profile' }).click();
    const form = page.getByRole('form', { name: 'Profile' });
    await form.getByLabel(/^Religion/).fill('Hindu');
    await form.getByLabel(/^Native district/).fill('Nalanda');
    await form.getByRole('button', { name: 'Save' }).click();
    await expect(form).toBeHidden();
    await expect(section(page, 'Profile').getByText(/^\d+ of \d+ filled/)).not.toHaveText(/^0 of/);
    await shot('cci-day-2-case-history');
    await inHindi(page, shot, 'cci-day-2-case-history', data);
  });

  await test.step('care plan (Form 7) Part A', async () => {
    await caseFileTab(page, 'Care plan').click();
    await section(page, 'Part A — Individual care plan').getByRole('button', { name: 'Edit Part A — Individual care plan' }).click();
    const form = page.getByRole('form', { name: 'Part A — Individual care plan' });
    await form.getByLabel(/^Prepared by/).fill('Meena Devi, Case worker');
    await form.getByLabel(/^Prepared on/).fill(istDate(-66));
    await form.getByRole('button', { name: 'Add a concern to 2. Health and nutrition' }).click();
    const concern = form.getByRole('group', { name: 'Concern 1 in 2. Health and nutrition' });
    await concern.getByLabel('Area of concern').fill('Anaemic');
    await concern.getByLabel('Proposed intervention').fill('Iron and folic acid; diet chart');
    await concern.getByLabel(/^Person responsible/).fill('Nurse Kamla');
    await concern.getByLabel(/^Target date/).fill(istDate(30));
    await form.getByRole('button', { name: 'Save' }).click();
    await expect(form).toBeHidden();
    await expect(page.getByText(/^Version 1, saved .* by asha\.$/)).toBeVisible();
    await shot('cci-day-3-care-plan');
    await inHindi(page, shot, 'cci-day-3-care-plan', data);
  });

  await test.step('she runs away and comes back', async () => {
    await caseFileTab(page, 'Record').click();
    await saveMovement(page, 'Ran away', istDate(-64), '19:30', async (form) => {
      await form.getByLabel('Police informed?').selectOption({ label: 'Yes' });
      await form.getByLabel(/^Police station/).fill('Danapur');
      await form.getByLabel(/^FIR \/ GD number/).fill('GD 518/2026');
      await form.getByLabel(/^Circumstances/).fill('Left after a quarrel');
    });
    await expect(page.getByRole('region', { name: 'Movements' })).toContainText('Now: Ran away');
    await saveMovement(page, 'Return after running away', istDate(-62), '11:00', async (form) => {
      await form.getByLabel(/^Brought back by/).fill('Phulwari police');
    });
    await expect(page.getByRole('region', { name: 'Movements' })).toContainText('Now: Present');
  });

  await test.step('restored to her father: the follow-ups fall due', async () => {
    await saveMovement(page, 'Restoration to family (Form 44)', istDate(-58), '10:00', async (form) => {
      await form.getByLabel('Restored to (name)').fill('सुरेश पासवान');
      await form.getByLabel('Relationship to the child').fill('Father');
      await form.getByLabel('Address', { exact: true }).fill('Phulwari, Patna, Bihar 801505');
      await form.getByLabel('Ordered by (Board or Committee)').fill('Child Welfare Committee, Patna');
      await form.getByLabel('Order number').fill('CWC/PAT/2026/377');
      await form.getByLabel('Date of the order').fill(istDate(-59));
      await form.getByLabel('Reason for discharge').fill('Family traced; home inquiry found it fit');
      await form.getByLabel(/^Escort officer/).fill('Rita Kumari');
      await form.getByLabel(/^Escort to/).fill('Phulwari');
      await form.getByLabel(/^Date of travel/).fill(istDate(-58));
    });
    const movements = page.getByRole('region', { name: 'Movements' });
    await expect(movements).toContainText('Now: Restored');
    await movements.scrollIntoViewIfNeeded();
    await shot('cci-day-4-movements');
    await inHindi(page, shot, 'cci-day-4-movements', data);

    await nav(page).getByRole('link', { name: 'Deadlines' }).click();
    await page.getByLabel('Show').selectOption({ label: 'Everyone’s' });
    // Restored 58 days ago: the 2-month follow-up is due within the week (the 6-month one later).
    const followUp = page.getByTestId('deadline').filter({ hasText: MEENA.admissionNo }).filter({ hasText: 'Follow-up of the restored child at 2 months' });
    await expect(followUp).toBeVisible();
    await expect(followUp).not.toHaveClass(/overdue/);
    await shot('cci-day-5-follow-ups');
    await inHindi(page, shot, 'cci-day-5-follow-ups', data);
  });

  await test.step('print Form 43 and the care plan', async () => {
    await openChildren(page);
    await page.getByRole('grid').getByRole('row').filter({ hasText: MEENA.admissionNo }).click();
    const panel = page.getByRole('region', { name: 'Print forms' });
    let download = page.waitForEvent('download');
    await panel.getByRole('button', { name: /^Form 43/ }).click();
    const form43 = keepPrint('cci-day-form43', readFileSync(await (await download).path()).toString('base64'));
    expect(missingText(form43, ['FORM 43', MEENA.name, MEENA.admissionNo, 'Nalanda'])).toEqual([]);

    await panel.getByLabel('Care plan: part to print').selectOption({ label: 'Part A — the plan' });
    await panel.getByLabel('Care plan as it stood on').fill(istDate(0));
    download = page.waitForEvent('download');
    await panel.getByRole('button', { name: /^Form 7/ }).click();
    const plan = keepPrint('cci-day-form7-part-A', readFileSync(await (await download).path()).toString('base64'));
    expect(missingText(plan, ['FORM 7 — Part A', MEENA.name, 'Anaemic', 'Iron and folic acid; diet chart', 'Nurse Kamla'])).toEqual([]);
    await shot('cci-day-6-print');
    await inHindi(page, shot, 'cci-day-6-print', data);
  });
});
