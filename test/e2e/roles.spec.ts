/**
 * Who sees what, and logging in. The administrator sets up, adds a case worker and admits two
 * children — one in need of care (CNCP), one in conflict with law (CCL). A case worker must
 * see the CCL child by admission number only (JJ Act s.74).
 */
import type { Page } from '@playwright/test';
import { addUser, admitChild, gridRows, logIn, logOut, openChildren, setUp } from './support/app';
import { ADMIN, CASE_WORKER, RAJU, SUNITA } from './support/data';
import { expect, test } from './support/fixtures';

const WITHHELD = 'name withheld (s.74)';

test.beforeAll(async ({ browser, servers }, testInfo) => {
  const server = await servers.for(testInfo.file);
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(server.url);
  await setUp(page);
  await logIn(page, ADMIN.username, ADMIN.password);
  await addUser(page, CASE_WORKER);
  await openChildren(page);
  await admitChild(page, SUNITA);
  await openChildren(page);
  await admitChild(page, RAJU, { photo: true });
  await logOut(page);
  await page.close();
});

async function expectLoginRefused(page: Page, username: string, password: string): Promise<void> {
  await page.getByLabel('Username').fill(username);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Log in' }).click();
  // One plain sentence — the same for an unknown user, so it does not tell which users exist.
  await expect(page.getByRole('alert')).toHaveText('The username or password is wrong.');
  await expect(page.getByRole('heading', { name: 'Log in' })).toBeVisible();
  await expect(page.getByLabel('Password')).toHaveValue('');
}

test('a wrong password or unknown user gets one plain message', async ({ page, home, shot }) => {
  await home();
  await expectLoginRefused(page, ADMIN.username, 'not-the-password');
  await shot('20-login-wrong-password');
  await expectLoginRefused(page, 'nobody', 'not-the-password');
  // No code, stack or technical words on the page.
  await expect(page.getByRole('main')).not.toContainText(/wrong_password|Error|stack|at Object/);
  // And the right password still works afterwards.
  await logIn(page, ADMIN.username, ADMIN.password);
});

test('keyboard only: log in with Tab and Enter, then find a child with / and Enter', async ({ page, home, shot }) => {
  await home();
  const username = page.getByLabel('Username');
  await expect(username).toBeFocused();
  await page.keyboard.type(ADMIN.username);
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Password')).toBeFocused();
  await page.keyboard.type(ADMIN.password);
  await shot('21-keyboard-login');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Log out' })).toBeVisible();

  await page.goto(`${page.url().split('#')[0]}#/children`);
  await expect(page.getByRole('heading', { name: 'Children', level: 1 })).toBeVisible();
  await page.getByRole('heading', { name: 'Children', level: 1 }).click(); // focus away from the search box
  await page.keyboard.press('/');
  await expect(page.getByRole('searchbox', { name: 'Search' })).toBeFocused();
  await page.keyboard.type('munni');
  await expect(gridRows(page)).toHaveCount(1);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toContainText(SUNITA.name);
});

test('a case worker sees a CCL child by admission number only', async ({ page, home, shot }) => {
  await home();
  await logIn(page, CASE_WORKER.username, CASE_WORKER.password);
  await expect(page.getByRole('banner')).toContainText(`${CASE_WORKER.displayName} (Case worker)`);
  await openChildren(page);
  await expect(gridRows(page)).toHaveCount(2);

  const ccl = gridRows(page).filter({ hasText: RAJU.admissionNo });
  await expect(ccl).toContainText(WITHHELD);
  const cncp = gridRows(page).filter({ hasText: SUNITA.admissionNo });
  await expect(cncp).toContainText(SUNITA.name);
  // Neither his name nor his other name is anywhere on the page.
  await expect(page.getByText(RAJU.name)).toHaveCount(0);
  await expect(page.getByText(RAJU.aliases)).toHaveCount(0);
  await shot('22-caseworker-register');

  // A name search must not find him either (that would confirm who he is).
  const search = page.getByRole('searchbox', { name: 'Search' });
  for (const q of ['राजू', RAJU.aliases.toLowerCase()]) {
    await search.fill(q);
    await expect(page.getByText('No children match.')).toBeVisible();
  }
  await search.fill(RAJU.admissionNo.toLowerCase());
  await expect(gridRows(page)).toHaveCount(1);
  await gridRows(page).first().click();

  const title = page.getByRole('heading', { level: 1 });
  await expect(title).toContainText(RAJU.admissionNo);
  await expect(title).toContainText(WITHHELD);
  await expect(page.getByText('Identifying details of this child are hidden from your role (JJ Act, section 74).')).toBeVisible();
  // Neither his name nor his date of birth (which identifies as well) nor his photo.
  await expect(page.getByText(RAJU.name)).toHaveCount(0);
  await expect(page.getByText(RAJU.dob)).toHaveCount(0);
  await expect(page.getByRole('img')).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Edit' })).toHaveCount(0);
  await shot('23-caseworker-ccl-child');
  await logOut(page);
});

test('the administrator sees the same CCL child in full', async ({ page, home }) => {
  await home();
  await logIn(page, ADMIN.username, ADMIN.password);
  await openChildren(page);
  await page.getByRole('searchbox', { name: 'Search' }).fill(RAJU.aliases);
  await expect(gridRows(page)).toHaveCount(1);
  await expect(gridRows(page).first()).toContainText(RAJU.name);
  await gridRows(page).first().click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(RAJU.name);
  await expect(page.getByRole('img', { name: `Photo 1 of ${RAJU.admissionNo}` })).toBeVisible();
});
