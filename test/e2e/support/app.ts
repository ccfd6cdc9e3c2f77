/**
 * What a clerk does in Homeward, step by step, found by the words on screen (labels, roles,
 * button names) — the same words a screen reader announces.
 */
import { expect, type Page } from '@playwright/test';
import { ADMIN, INSTITUTION, type ChildData } from './data';
import { makePortraitPng } from './png';

/** Five groups of five capital letters or digits, joined by dashes. */
export const RECOVERY_KEY_RE = /^([0-9A-Z]{5}-){5}[0-9A-Z]{5}$/;

export async function fillInstitution(page: Page, inst = INSTITUTION): Promise<void> {
  await expect(page.getByRole('heading', { name: 'Set up Homeward' })).toBeVisible();
  await page.getByLabel('Name of the institution').fill(inst.name);
  await page.getByLabel('Type', { exact: true }).selectOption({ label: inst.type });
  await page.getByLabel(/^Registration number/).fill(inst.registrationNo);
  await page.getByLabel('State', { exact: true }).selectOption({ label: inst.state });
  await page.getByLabel('District', { exact: true }).selectOption({ label: inst.district });
}

export async function fillAdmin(page: Page, admin = ADMIN): Promise<void> {
  await expect(page.getByRole('heading', { name: 'The first administrator' })).toBeVisible();
  await page.getByLabel('Username').fill(admin.username);
  await page.getByLabel('Full name').fill(admin.displayName);
  await page.getByLabel('Password', { exact: true }).fill(admin.password);
  await page.getByLabel('Type the password again').fill(admin.password);
}

/** The key shown once at the end of setup. */
export async function readRecoveryKey(page: Page): Promise<string> {
  const box = page.getByRole('region', { name: 'Recovery key' });
  await expect(box).toBeVisible();
  return (await box.innerText()).trim();
}

/** The whole first-run wizard, for specs that only need an institution to exist. */
export async function setUp(page: Page): Promise<void> {
  await fillInstitution(page);
  await page.getByRole('button', { name: 'Next' }).click();
  await fillAdmin(page);
  await page.getByRole('button', { name: 'Set up Homeward' }).click();
  expect(await readRecoveryKey(page)).toMatch(RECOVERY_KEY_RE);
  await page.getByLabel('I have written down or printed the recovery key').check();
  await page.getByRole('button', { name: 'Continue to login' }).click();
  await expect(page.getByRole('heading', { name: 'Log in' })).toBeVisible();
}

export async function logIn(page: Page, username: string, password: string): Promise<void> {
  await expect(page.getByRole('heading', { name: 'Log in' })).toBeVisible();
  await page.getByLabel('Username').fill(username);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Log in' }).click();
  await expect(page.getByRole('button', { name: 'Log out' })).toBeVisible();
}

export async function logOut(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Log out' }).click();
  await expect(page.getByRole('heading', { name: 'Log in' })).toBeVisible();
}

/** The main navigation; its accessible name is translated too ('मुख्य भाग' in Hindi). */
export function nav(page: Page, name = 'Main sections') {
  return page.getByRole('navigation', { name });
}

export async function openChildren(page: Page): Promise<void> {
  await nav(page).getByRole('link', { name: 'Children' }).click();
  await expect(page.getByRole('heading', { name: 'Children', level: 1 })).toBeVisible();
}

/** Fills the admission form (the page must show it); the photo is a generated PNG if asked for. */
export async function fillChildForm(page: Page, c: ChildData, opts: { photo?: boolean } = {}): Promise<void> {
  const form = page.getByRole('form', { name: 'Admit a child' });
  await form.getByLabel('Admission number').fill(c.admissionNo);
  await form.getByLabel('Name', { exact: true }).fill(c.name);
  await form.getByLabel(/^Other names/).fill(c.aliases);
  await form.getByLabel('Sex').selectOption({ label: c.sex });
  await form.getByLabel('Category').selectOption({ label: c.category });
  await form.getByLabel('Date of birth').fill(c.dob);
  if (c.fatherName) await form.getByLabel(/^Father.s name/).fill(c.fatherName);
  if (c.village) await form.getByLabel(/^Village/).fill(c.village);
  if (c.state) await form.getByLabel(/^State/).selectOption({ label: c.state });
  if (c.district) await form.getByLabel(/^District/).selectOption({ label: c.district });
  await form.getByLabel('Date of admission').fill(c.admittedDate);
  await form.getByLabel('Time of admission').fill(c.admittedTime);
  if (c.referredBy) await form.getByLabel(/^Referred or produced by/).fill(c.referredBy);
  if (opts.photo) {
    await form.getByLabel(/^Add a photo/).setInputFiles({ name: 'photo.png', mimeType: 'image/png', buffer: makePortraitPng() });
  }
}

/** From the children's register: Admit a child → form → Admit; ends on the child's page. */
export async function admitChild(page: Page, c: ChildData, opts: { photo?: boolean } = {}): Promise<void> {
  await page.getByRole('link', { name: 'Admit a child' }).click();
  await fillChildForm(page, c, opts);
  await page.getByRole('button', { name: 'Admit', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(c.admissionNo);
}

/** The register's grid rows (the header row excluded). */
export function gridRows(page: Page) {
  return page.getByRole('grid').getByRole('row').filter({ has: page.getByRole('gridcell') });
}

/**
 * Text in the register that the reader cannot see whole at this window size: column headers
 * and the short coded values (sex, age, category, status, date) cut off by the grid's edge or
 * shortened with an ellipsis. Names and other names (columns 2 and 3) may be shortened.
 */
export async function clippedGridText(page: Page): Promise<string[]> {
  return page.getByRole('grid').evaluate((grid) => {
    const edge = grid.getBoundingClientRect().right;
    const cells = [...grid.querySelectorAll<HTMLElement>('[role="row"]')].flatMap((row) => [...row.querySelectorAll<HTMLElement>('[role="columnheader"], [role="gridcell"]')].filter((_, i) => i !== 1 && i !== 2));
    // The text's own width against the room inside the padding (scrollWidth forgives the padding).
    const clippedCell = (c: HTMLElement) => {
      const style = getComputedStyle(c);
      const room = c.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
      const text = document.createRange();
      text.selectNodeContents(c);
      return text.getBoundingClientRect().width > room + 0.5 || c.getBoundingClientRect().right > edge + 1;
    };
    const clipped = cells.filter(clippedCell).map((c) => c.textContent ?? '');
    return [...new Set(clipped)];
  });
}

/** Settings → Users → Add a user, as an administrator. */
export async function addUser(page: Page, u: { username: string; displayName: string; role: string; password: string }): Promise<void> {
  await nav(page).getByRole('link', { name: 'Settings' }).click();
  await page.getByRole('navigation', { name: 'Settings sections' }).getByRole('link', { name: 'Users' }).click();
  const form = page.getByRole('form', { name: 'Add a user' });
  await form.getByLabel('Username').fill(u.username);
  await form.getByLabel('Full name').fill(u.displayName);
  await form.getByLabel('Role').selectOption({ label: u.role });
  await form.getByLabel('Password', { exact: true }).fill(u.password);
  await form.getByLabel('Type the password again').fill(u.password);
  await form.getByRole('button', { name: 'Add the user' }).click();
  await expect(page.getByRole('status').filter({ hasText: `The user ${u.username} was added.` })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Users of this institution' })).toContainText(u.displayName);
}
