/**
 * The Board's and Committee's cases on screen: a CCL case registered (a Sunday refused as the
 * next date, the 24-hour check across midnight shown), heard and adjourned with a reason, its
 * SIR and final order recorded; a CNCP case from the production report (Form 17) through interim
 * placement, SIR and final order to restoration and a follow-up; the day's cause list on screen,
 * as CSV and printed to PDF, holding case numbers and initials but no name; the disposals
 * report printed for the months on screen, and months the wrong way round refused beside "To".
 * English and Hindi screenshots.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { admitChild, gridRows, logIn, nav, openChildren, setUp } from './support/app';
import { ADMIN, INSTITUTION, SUNITA, type ChildData } from './support/data';
import { expect, test } from './support/fixtures';

test.describe.configure({ mode: 'serial' });

/** A boy in conflict with law, for whom the Board registers a case. */
const VIKRAM: ChildData = {
  admissionNo: 'OH/2026/061',
  name: 'विक्रम यादव',
  aliases: 'Vicky',
  sex: 'Male',
  category: 'Child in conflict with law (CCL)',
  dob: '03-03-2010',
  admittedDate: '20-10-2026',
  admittedTime: '21:30',
};
const NAME_WORDS = [...VIKRAM.name.split(' '), ...SUNITA.name.split(' '), 'Vicky', 'Munni', 'Sunita', SUNITA.fatherName!];

async function toHindi(page: Page) {
  await page.getByRole('group', { name: /Language/ }).getByRole('button', { name: 'हिन्दी' }).click();
}
async function toEnglish(page: Page) {
  await page.getByRole('group', { name: /भाषा|Language/ }).getByRole('button', { name: 'English' }).click();
}

async function addStep(page: Page, what: string, fill: (form: Locator) => Promise<void>) {
  await page.getByRole('button', { name: `Add: ${what}` }).click();
  const form = page.getByRole('form', { name: `Add: ${what}` });
  await fill(form);
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(form).toBeHidden();
}

async function recordHearing(page: Page, date: string, fill: (form: Locator) => Promise<void>) {
  await page.getByRole('button', { name: 'Record what happened' }).click();
  const form = page.getByRole('form', { name: `What happened at the hearing of ${date}` });
  await fill(form);
  await form.getByRole('button', { name: 'Save' }).click();
  return form;
}

test('a Board case and a Committee case, and the day’s cause list without names', async ({ page, home, shot }, testInfo) => {
  // Two whole case files typed in: longer than the usual page test.
  test.setTimeout(300_000);
  await home();
  await setUp(page);
  await logIn(page, ADMIN.username, ADMIN.password);
  await openChildren(page);
  await admitChild(page, VIKRAM);
  await openChildren(page);
  await admitChild(page, SUNITA);

  await test.step('register a CCL case: a Sunday is refused as the next date; the 24-hour check across midnight', async () => {
    await nav(page).getByRole('link', { name: 'Cases' }).click();
    await page.getByRole('link', { name: 'Register a case' }).click();
    const form = page.getByRole('form', { name: 'Register a case' });
    await form.getByLabel('Board or Committee').selectOption({ label: 'Juvenile Justice Board' });
    await form.getByLabel('Find the child (admission number or name)').fill(VIKRAM.admissionNo);
    await form.getByLabel('Child', { exact: true }).selectOption({ label: `${VIKRAM.admissionNo} — ${VIKRAM.name}` });
    await form.getByLabel('Case number').fill('JJB/PAT/88/2026');
    await form.getByLabel(/^GD number/).fill('GD 212');
    await form.getByLabel(/^Police station/).fill('Kotwali');
    await form.getByLabel(/^Sections/).fill('IPC 379');
    await form.getByLabel('Offence class').selectOption({ label: 'Petty' });
    await form.getByLabel(/^Date of the alleged offence/).fill('19-10-2026');
    const apprehended = form.getByRole('group', { name: /^Apprehended/ });
    await apprehended.getByLabel('Date').fill('19-10-2026');
    await apprehended.getByLabel('Time').fill('22:30');
    const produced = form.getByRole('group', { name: /^First produced/ });
    await produced.getByLabel('Date').fill('20-10-2026');
    await produced.getByLabel('Time').fill('21:00');
    await expect(form.getByTestId('production-check')).toHaveText('Produced 22 h 30 min after apprehension: within 24 hours.');
    const next = form.getByRole('group', { name: 'Next hearing' });
    await next.getByLabel('Date').fill('25-10-2026');
    await next.getByLabel('Listed for').selectOption({ label: 'SBR (Form 1) and bail' });
    await form.getByRole('button', { name: 'Register the case' }).click();
    // The IPC for an offence after 1 July 2024, then a Sunday: each refused beside its field.
    await expect(form.getByLabel(/^Sections/)).toHaveAccessibleDescription(/BNS applies from 01-07-2024/);
    await form.getByLabel(/^Sections/).fill('BNS 303(2)');
    await form.getByRole('button', { name: 'Register the case' }).click();
    await expect(next.getByLabel('Date')).toHaveAccessibleDescription(/does not sit that day \(25-10-2026\)/);
    await shot('60-case-register-refused');
    await next.getByLabel('Date').fill('26-10-2026');
    await form.getByRole('button', { name: 'Register the case' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Case JJB/PAT/88/2026');
    await expect(page.getByTestId('production-check')).toHaveText('Produced 22 h 30 min after apprehension: within 24 hours.');
  });

  await test.step('hearings: adjourned (the reason required), then held, each with its next date', async () => {
    const adjourned = await recordHearing(page, '26-10-2026', async (form) => {
      await form.getByLabel('Outcome').selectOption({ label: 'Adjourned' });
      await form.getByLabel('Next date').fill('02-11-2026');
      await form.getByLabel('Listed for').selectOption({ label: 'Social investigation report' });
    });
    await expect(adjourned.getByLabel('Reason for the adjournment')).toHaveAccessibleDescription('Give the reason for the adjournment.');
    await adjourned.getByLabel('Reason for the adjournment').fill('Probation officer on leave');
    await adjourned.getByRole('button', { name: 'Save' }).click();
    await recordHearing(page, '02-11-2026', async (form) => {
      await form.getByLabel('Outcome').selectOption({ label: 'Held' });
      await form.getByLabel(/^What was done/).fill('SBR and SIR taken on record');
      await form.getByLabel('Next date').fill('09-11-2026');
      await form.getByLabel('Listed for').selectOption({ label: 'Final order' });
    });
    const hearings = page.getByRole('region', { name: 'Hearings' });
    await expect(hearings.getByRole('row')).toHaveCount(5);
    await expect(hearings).toContainText('Probation officer on leave');
  });

  await test.step('SIR (Form 6) and the final order under s.18(1)(a) dispose of the case', async () => {
    await addStep(page, 'Social investigation report (Form 6 / Form 22)', async (form) => {
      await form.getByLabel('Date submitted').fill('02-11-2026');
      await form.getByLabel('Prepared by').fill('Meena Devi');
    });
    await addStep(page, 'Final order (s.17 / s.18)', async (form) => {
      await form.getByLabel('Date of the order').fill('09-11-2026');
      await form.getByLabel('Order under').selectOption({ label: 's.18(1)' });
      await form.getByLabel(/^Clause of s.18\(1\)/).selectOption({ label: '(a) Home after advice or admonition' });
    });
    await expect(page.getByText('Disposed of on 09-11-2026: s.18(1)(a): advice or admonition')).toBeVisible();
    const clocks = page.getByRole('region', { name: 'Time limits' });
    await expect(clocks.getByTestId('clock').filter({ hasText: 'Social investigation report (Form 6) within 15 days' })).toContainText('Met');
    await expect(page.getByRole('region', { name: 'Case monitoring sheet (Form 11)' }).getByRole('row', { name: /^Final order/ })).toContainText('09-11-2026');
    await shot('61-ccl-case');
    await toHindi(page);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('प्रकरण JJB/PAT/88/2026');
    await shot('62-ccl-case-hindi');
    await toEnglish(page);
  });

  await test.step('a CNCP case from the child’s page: Form 17, interim placement, SIR, final order', async () => {
    await openChildren(page);
    await gridRows(page).filter({ hasText: SUNITA.admissionNo }).click();
    await page.getByRole('link', { name: 'Register a case for this child' }).click();
    const form = page.getByRole('form', { name: 'Register a case' });
    await expect(form).toContainText('Child Welfare Committee');
    await form.getByLabel('Case number').fill('CWC/PAT/301/2026');
    const charge = form.getByRole('group', { name: /^Taken charge of/ });
    await charge.getByLabel('Date').fill('01-11-2026');
    await charge.getByLabel('Time').fill('18:00');
    const produced = form.getByRole('group', { name: /^First produced/ });
    await produced.getByLabel('Date').fill('02-11-2026');
    await produced.getByLabel('Time').fill('11:00');
    const next = form.getByRole('group', { name: 'Next hearing' });
    await next.getByLabel('Date').fill('09-11-2026');
    await next.getByLabel('Listed for').selectOption({ label: 'Social investigation report' });
    await form.getByRole('button', { name: 'Register the case' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Case CWC/PAT/301/2026');

    await addStep(page, 'Production report (Form 17)', async (f) => {
      await f.getByLabel('Date of production').fill('02-11-2026');
      await f.getByLabel('Produced by').fill('Childline 1098');
      await f.getByLabel('Who produced the child').selectOption({ label: 'Childline' });
      await f.getByLabel(/^Where found/).fill('Patna Junction, platform 4');
    });
    await addStep(page, 'Interim placement (Forms 18, 19)', async (f) => {
      await f.getByLabel('Date of the order').fill('02-11-2026');
      await f.getByLabel('Form', { exact: true }).selectOption({ label: 'Form 18: a Children’s Home, fit facility or adoption agency' });
      await f.getByLabel('Placed with').fill(INSTITUTION.name);
    });
    await recordHearing(page, '09-11-2026', async (f) => {
      await f.getByLabel('Outcome').selectOption({ label: 'Held' });
      await f.getByLabel('Next date').fill('16-11-2026');
      await f.getByLabel('Listed for').selectOption({ label: 'Final order' });
    });
    await addStep(page, 'Social investigation report (Form 6 / Form 22)', async (f) => {
      await f.getByLabel('Date submitted').fill('09-11-2026');
      await f.getByLabel('Prepared by').fill('Meena Devi');
      await f.getByLabel(/^Risk in restoring/).fill('Father traced; home found safe');
    });
    await addStep(page, 'Final order (s.37)', async (f) => {
      await f.getByLabel('Date of the order').fill('16-11-2026');
      await f.getByLabel('Order under s.37(1)').selectOption({ label: '(b) Restoration to the family' });
      await f.getByLabel(/^Placed with/).fill('Father');
    });
    await expect(page.getByText('Disposed of on 16-11-2026: s.37(1)(b): restored to the family')).toBeVisible();
  });

  await test.step('restoration (Form 44) recorded in the case, then a follow-up; Form 26 and Form 15', async () => {
    const restoration = page.getByRole('region', { name: 'Restoration (Forms 44, 45)' });
    await restoration.getByRole('button', { name: 'Record a movement' }).click();
    const form = restoration.getByRole('form', { name: 'Record a movement' });
    await form.getByLabel('Movement', { exact: true }).selectOption({ label: 'Restoration to family (Form 44)' });
    await form.getByLabel('Date', { exact: true }).fill('16-11-2026');
    await form.getByLabel('Time', { exact: true }).fill('15:00');
    await form.getByLabel('Restored to (name)').fill(SUNITA.fatherName!);
    await form.getByLabel('Relationship to the child').fill('Father');
    await form.getByLabel('Address', { exact: true }).fill('Danapur, Patna, Bihar');
    await form.getByLabel('Ordered by (Board or Committee)').fill('Child Welfare Committee, Patna');
    await form.getByLabel('Order number').fill('CWC/PAT/301/2026');
    await form.getByLabel('Date of the order').fill('16-11-2026');
    await form.getByLabel('Reason for discharge').fill('Father traced; home found safe');
    await form.getByRole('button', { name: 'Save the movement' }).click();
    await expect(restoration).toContainText('Now: Restored');
    await addStep(page, 'Follow-up after restoration', async (f) => {
      await f.getByLabel('Date of the visit').fill('25-11-2026');
      await f.getByLabel('Follow-up', { exact: true }).selectOption({ label: 'Other' });
      await f.getByLabel('Child found at the restored place?').selectOption({ label: 'Yes' });
    });
    await expect(page.getByRole('region', { name: 'Case monitoring sheet (Form 26)' })).toBeVisible();
    const summary = page.getByRole('region', { name: 'Case summary (Form 15)' });
    await expect(summary).toContainText('Childline 1098');
    await expect(summary).toContainText('16-11-2026: s.37(1)(b): restored to the family');
    await shot('63-cncp-case');
    await toHindi(page);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('प्रकरण CWC/PAT/301/2026');
    await shot('64-cncp-case-hindi');
    await toEnglish(page);
  });

  await test.step('the day’s cause list: case numbers and initials, no name — on screen, as CSV, printed', async () => {
    await nav(page).getByRole('link', { name: 'Cases' }).click();
    await shot('65-cases');
    await page.getByRole('link', { name: 'Cause list' }).click();
    await page.getByLabel('Date').fill('09-11-2026');
    const list = page.getByTestId('cause-list');
    await expect(list.getByRole('row', { name: /JJB\/PAT\/88\/2026/ })).toContainText('व. य.');
    await page.getByLabel('Board or Committee').selectOption({ label: 'Child Welfare Committee' });
    await expect(list.getByRole('row', { name: /CWC\/PAT\/301\/2026/ })).toContainText('स. क.');
    await shot('66-cause-list');
    const text = await page.locator('main').innerText();
    for (const word of NAME_WORDS) expect(text, `the name "${word}" on the cause list`).not.toContain(word);

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download CSV' }).click();
    const csv = readFileSync((await (await download).path())!, 'utf8');
    expect(csv).toContain('CWC/PAT/301/2026');
    for (const word of NAME_WORDS) expect(csv, `the name "${word}" in the CSV`).not.toContain(word);

    // Printed: the PDF the Print button saves, read back.
    const pdf = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Print (PDF)' }).click();
    const saved = await pdf;
    expect(saved.suggestedFilename()).toBe('cause-list-cwc-2026-11-09.pdf');
    mkdirSync(testInfo.outputDir, { recursive: true });
    const file = join(testInfo.outputDir, 'cause-list.pdf');
    await saved.saveAs(file);
    const printed = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
    expect(printed).toContain('CWC/PAT/301/2026');
    for (const word of NAME_WORDS) expect(printed.replace(/\s+/g, ''), `the name "${word}" in the printed cause list`).not.toContain(word.replace(/\s+/g, ''));

    await toHindi(page);
    await expect(page.getByRole('heading', { name: 'वाद सूची', level: 1 })).toBeVisible();
    await shot('67-cause-list-hindi');
    await toEnglish(page);
  });

  await test.step('pendency and disposals on the Reports page, by case number only', async () => {
    await nav(page).getByRole('link', { name: 'Reports' }).click();
    const disposals = page.getByRole('region', { name: 'Disposals' });
    await disposals.getByLabel('From').selectOption('2026-10');
    await expect(disposals.getByRole('row', { name: /^2026-11/ })).toContainText('1');
    // Printed with the screen's authority and months, read back: the same words, no name.
    const pdf = page.waitForEvent('download');
    await disposals.getByRole('button', { name: 'Print (PDF)' }).click();
    const saved = await pdf;
    expect(saved.suggestedFilename()).toMatch(/^disposals-jjb-2026-10-to-\d{4}-\d{2}\.pdf$/);
    const file = join(testInfo.outputDir, 'disposals.pdf');
    await saved.saveAs(file);
    const printed = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
    expect(printed).toContain('Juvenile Justice Board');
    expect(printed).toContain('2026-11');
    for (const word of NAME_WORDS) expect(printed.replace(/\s+/g, ''), `the name "${word}" in the printed disposals`).not.toContain(word.replace(/\s+/g, ''));
    // Months the wrong way round: said beside "To", and nothing printed until they are right.
    await disposals.getByLabel('From').selectOption({ index: 0 });
    await disposals.getByLabel('To').selectOption({ index: 1 });
    await expect(disposals.getByText('Before the first month')).toBeVisible();
    await expect(disposals.getByTestId('disposals')).toBeHidden();
    await disposals.getByRole('button', { name: 'Print (PDF)' }).click();
    await expect(disposals.getByRole('alert')).toHaveText('Correct the months first.');
    await disposals.getByLabel('From').selectOption('2026-10');
    await disposals.getByLabel('To').selectOption({ index: 0 });
    await expect(disposals.getByRole('alert')).toBeHidden();
    await expect(disposals.getByRole('row', { name: /^2026-11/ })).toContainText('1');
    const pending = page.getByRole('region', { name: 'Pending cases' });
    await pending.scrollIntoViewIfNeeded();
    await shot('68-pendency');
    const text = `${await pending.innerText()}\n${await disposals.innerText()}`;
    for (const word of NAME_WORDS) expect(text, `the name "${word}" in the pendency and disposals`).not.toContain(word);
  });
});
