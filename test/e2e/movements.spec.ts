/**
 * Movements, deadlines and reports on screen: a girl runs away and comes back (a return dated
 * before the runaway is refused beside its field), then is restored to her father with an
 * escort; a boy admitted without an order shows overdue deadlines on the home screen and the
 * deadlines page; the quarterly report lists both events. English and Hindi screenshots.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { admitChild, logIn, nav, openChildren, setUp } from './support/app';
import { ADMIN, INSTITUTION, RAJU, SUNITA } from './support/data';
import { expect, test } from './support/fixtures';
import { englishLeftInPage } from './support/language';
import { recordMovement } from './support/movements';
import { keepPrint, missingText } from '../helpers/pdf';

test.describe.configure({ mode: 'serial' });

async function toHindi(page: Page) {
  await page.getByRole('group', { name: /Language/ }).getByRole('button', { name: 'हिन्दी' }).click();
}
async function toEnglish(page: Page) {
  await page.getByRole('group', { name: /भाषा|Language/ }).getByRole('button', { name: 'English' }).click();
}

test('movements, deadlines and reports in English and Hindi', async ({ page, home, shot }) => {
  await home();
  await setUp(page);
  await logIn(page, ADMIN.username, ADMIN.password);
  await openChildren(page);
  await admitChild(page, RAJU);
  await openChildren(page);
  await admitChild(page, SUNITA);

  await test.step('a runaway, with the police informed', async () => {
    const movements = page.getByRole('region', { name: 'Movements' });
    await expect(movements).toContainText('Now: Present');
    await expect(movements).toContainText('No movement since admission.');
    await recordMovement(page, 'Ran away', '10-11-2026', '20:15', async (form) => {
      await form.getByLabel('Police informed?').selectOption({ label: 'Yes' });
      await form.getByLabel(/^Police station/).fill('Danapur');
      await form.getByLabel(/^FIR \/ GD number/).fill('GD 412/2026');
      await form.getByLabel(/^Circumstances/).fill('Left during evening play time');
    });
    await expect(page.getByText('The movement was saved.')).toBeVisible();
    await expect(movements).toContainText('Now: Ran away');
    await expect(movements).toContainText('GD 412/2026');
  });

  await test.step('a return dated before the runaway is refused beside the date', async () => {
    const form = await recordMovement(page, 'Return after running away', '09-11-2026', '10:00');
    const date = form.getByLabel('Date', { exact: true });
    await expect(date).toHaveAttribute('aria-invalid', 'true');
    await expect(date).toHaveAccessibleDescription(/Before the runaway it ends \(10-11-2026 20:15\)/);
    await shot('50-movement-refused');
    await date.fill('12-11-2026');
    await form.getByLabel(/^Brought back by/).fill('Danapur police');
    await form.getByRole('button', { name: 'Save the movement' }).click();
    await expect(page.getByRole('region', { name: 'Movements' })).toContainText('Now: Present');
  });

  await test.step('restoration to the father with an escort (Forms 44 and 45)', async () => {
    await recordMovement(page, 'Restoration to family (Form 44)', '20-11-2026', '11:00', async (form) => {
      await form.getByLabel('Restored to (name)').fill('रामेश्वर प्रसाद');
      await form.getByLabel('Relationship to the child').fill('Father');
      await form.getByLabel('Address', { exact: true }).fill('Rampur, Danapur, Patna, Bihar 801503');
      await form.getByLabel('Ordered by (Board or Committee)').fill('Child Welfare Committee, Patna');
      await form.getByLabel('Order number').fill('CWC/PAT/2026/301');
      await form.getByLabel('Date of the order').fill('18-11-2026');
      await form.getByLabel('Reason for discharge').fill('Family traced; home found fit after inquiry');
      await form.getByLabel(/^Escort officer/).fill('Meena Devi');
      await form.getByLabel(/^Escort to/).fill('Danapur');
      await form.getByLabel(/^Date of travel/).fill('20-11-2026');
    });
    const movements = page.getByRole('region', { name: 'Movements' });
    await expect(movements).toContainText('Now: Restored');
    await expect(movements).toContainText('Meena Devi');
    // Off the roll: nothing more can be recorded but a readmission.
    await page.getByRole('button', { name: 'Record a movement' }).click();
    await expect(page.getByLabel('Movement', { exact: true }).locator('option')).toHaveText(['— choose —', 'Readmission']);
    await page.getByRole('button', { name: 'Cancel' }).click();
    // Forms 44 and 45 print beside the restoration, from what was just recorded.
    let download = page.waitForEvent('download');
    await movements.getByRole('button', { name: 'Print Form 44' }).click();
    const form44 = keepPrint('e2e-movements-form44', readFileSync(await (await download).path()).toString('base64'));
    expect(missingText(form44, ['प्रपत्र 44 / FORM 44', SUNITA.name, 'रामेश्वर प्रसाद (Father)', 'CWC/PAT/2026/301, 18-11-2026', 'Family traced; home found fit after inquiry'])).toEqual([]);
    download = page.waitForEvent('download');
    await movements.getByRole('button', { name: 'Print Form 45 (escort)' }).click();
    const form45 = keepPrint('e2e-movements-form45', readFileSync(await (await download).path()).toString('base64'));
    expect(missingText(form45, ['प्रपत्र 45 / FORM 45', 'Meena Devi', 'Danapur', '20-11-2026'])).toEqual([]);
    await movements.scrollIntoViewIfNeeded();
    await shot('51-movements');
    await toHindi(page);
    await expect(page.getByRole('region', { name: 'आवागमन' })).toContainText('अभी: सौंपा गया');
    await shot('52-movements-hindi');
    expect.soft(await englishLeftInPage(page, [INSTITUTION.name, ADMIN.displayName, SUNITA.admissionNo, SUNITA.name, SUNITA.aliases, SUNITA.village!, SUNITA.referredBy!, 'Danapur', 'Rampur', 'Bihar', 'Father', 'Family traced home found fit after inquiry', 'Left during evening play time', 'Meena Devi', 'Child Welfare Committee Patna', 'CWC PAT', 'GD', ADMIN.username, 'police'])).toEqual([]);
    await toEnglish(page);
  });

  await test.step('the home screen shows what is overdue, marked', async () => {
    await nav(page).getByRole('link', { name: 'Home' }).click();
    const panel = page.getByRole('region', { name: 'Due and overdue' });
    await expect(panel.getByText(/^\d+ overdue$/)).toHaveClass(/overdue/);
    const overdue = panel.getByTestId('deadline').filter({ hasText: RAJU.admissionNo }).first();
    await expect(overdue).toHaveClass(/overdue/);
    await shot('53-home-deadlines');
    await toHindi(page);
    await expect(page.getByRole('region', { name: 'देय और समय-सीमा पार' })).toBeVisible();
    await shot('54-home-deadlines-hindi');
    await toEnglish(page);
  });

  await test.step('the deadlines page: everyone’s, with sources; the register filters by it', async () => {
    await nav(page).getByRole('link', { name: 'Deadlines' }).click();
    await page.getByLabel('Show').selectOption({ label: 'Everyone’s' });
    const items = page.getByTestId('deadline');
    await expect(items.filter({ hasText: 'Production before the Juvenile Justice Board within 24 hours' })).toHaveClass(/overdue/);
    await expect(items.filter({ hasText: 'Individual care plan (Form 7)' }).first()).toContainText('Source: Model Rules 2016 r.69I(3)');
    await shot('55-deadlines');
    await toHindi(page);
    await expect(page.getByRole('heading', { name: 'समय-सीमाएँ', level: 1 })).toBeVisible();
    await shot('56-deadlines-hindi');
    await toEnglish(page);
    await openChildren(page);
    await page.getByLabel('Deadlines').selectOption({ label: 'Something overdue' });
    await expect(page.getByText('1 shown of 1')).toBeVisible();
    await page.getByLabel('Deadlines').selectOption('');
  });

  await test.step('reports: the quarter’s runaway and restoration, the month in counts, the register', async () => {
    await nav(page).getByRole('link', { name: 'Reports' }).click();
    await page.getByLabel('Quarter', { exact: true }).selectOption('2026-Q4');
    const quarterly = page.getByRole('region', { name: /Quarterly report/ });
    await expect(quarterly.getByRole('heading', { name: 'Restored to family (1)' })).toBeVisible();
    await expect(quarterly.getByRole('heading', { name: 'Ran away (1)' })).toBeVisible();
    await expect(quarterly).toContainText('GD 412/2026');
    await page.getByLabel('Month', { exact: true }).selectOption('2026-11');
    const monthly = page.getByRole('region', { name: /Monthly summary/ });
    await expect(monthly.getByRole('row', { name: /^Ran away/ })).toContainText('1');
    const register = page.getByRole('region', { name: 'Admission register' });
    await register.getByLabel('From').fill('01-10-2026');
    await expect(register.getByRole('row')).toHaveCount(3);
    await shot('57-reports');
    const download = page.waitForEvent('download');
    await quarterly.getByRole('button', { name: 'Download CSV' }).click();
    expect((await download).suggestedFilename()).toBe('quarterly-report-2026-Q4.csv');
    await toHindi(page);
    await expect(page.getByRole('heading', { name: 'रिपोर्ट', level: 1 })).toBeVisible();
    await shot('58-reports-hindi');
    await toEnglish(page);
  });
});
