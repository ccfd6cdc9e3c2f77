/**
 * s.24 destruction of records in the window: a JJB clerk asks for it on a CCL child's record,
 * an administrator who did not ask confirms it (in Hindi here) by typing the admission
 * number, and the child is gone, leaving the tombstone in Settings › Destruction of records.
 * An administrator cannot confirm their own request; a request can be rejected with a reason.
 */
import type { Page } from '@playwright/test';
import { addUser, admitChild, fillAdmin, gridRows, logIn, logOut, openChildren, readRecoveryKey, fillInstitution, nav } from './support/app';
import { ADMIN, INSTITUTION, RAJU, type ChildData } from './support/data';
import { expect, test } from './support/fixtures';
import { englishLeftInPage } from './support/language';

const HOME = { ...INSTITUTION, name: 'Observation Home for Boys, Patna', type: 'Observation Home' };
const CLERK = { username: 'meena', displayName: 'Meena Sinha', role: 'JJB clerk', password: 'meena-clerk-2026' };
const SECOND = { username: 'vikram', displayName: 'Vikram Singh', role: 'Administrator', password: 'vikram-admin-2026' };
const OTHER: ChildData = { ...RAJU, admissionNo: 'OH/2026/051', name: 'सलीम अंसारी', aliases: 'Salim' };
const ORDER = { reference: 'JJB/PAT/2026/45', date: '20-11-2026' };

test.beforeAll(async ({ browser, servers }, testInfo) => {
  const server = await servers.for(testInfo.file);
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(server.url);
  await fillInstitution(page, HOME);
  await page.getByRole('button', { name: 'Next' }).click();
  await fillAdmin(page);
  await page.getByRole('button', { name: 'Set up Homeward' }).click();
  await readRecoveryKey(page);
  await page.getByLabel('I have written down or printed the recovery key').check();
  await page.getByRole('button', { name: 'Continue to login' }).click();
  await logIn(page, ADMIN.username, ADMIN.password);
  await addUser(page, CLERK);
  await addUser(page, SECOND);
  await openChildren(page);
  await admitChild(page, RAJU, { photo: true });
  await openChildren(page);
  await admitChild(page, OTHER);
  await logOut(page);
  await page.close();
});

async function openChild(page: Page, admissionNo: string): Promise<void> {
  await openChildren(page);
  await gridRows(page).filter({ hasText: admissionNo }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(admissionNo);
}

const panel = (page: Page, name = 'Destruction of records (s.24)') => page.getByRole('region', { name });

test('a JJB clerk asks for the destruction of a child’s records, naming the Board’s order', async ({ page, home, shot }) => {
  await home();
  await logIn(page, CLERK.username, CLERK.password);
  await openChild(page, RAJU.admissionNo);
  await panel(page).getByRole('button', { name: 'Request destruction of records (s.24)' }).click();
  const form = page.getByRole('form', { name: 'Request destruction of records (s.24)' });
  await expect(form.getByRole('alert').or(form.locator('.purge-warning'))).toContainText('This cannot be undone');
  await form.getByLabel('Order number of the Board').fill(ORDER.reference);
  await form.getByLabel('Date of the order').fill('31-02-2026');
  await form.getByRole('button', { name: 'Send the request' }).click();
  await expect(form.getByLabel('Date of the order')).toHaveAccessibleDescription(/a date as dd-mm-yyyy|dd-mm-yyyy/);
  await form.getByLabel('Date of the order').fill(ORDER.date);
  await shot('purge-01-request');
  await form.getByRole('button', { name: 'Send the request' }).click();

  await expect(panel(page).getByRole('status')).toContainText(`Order ${ORDER.reference} of ${ORDER.date}, asked for by ${CLERK.displayName}`);
  await expect(panel(page).getByRole('status')).toContainText('You asked for this destruction, so another administrator must confirm it.');
  // The clerk cannot confirm: no confirmation form at all.
  await expect(page.getByRole('form', { name: 'Confirm the destruction' })).toHaveCount(0);
  await shot('purge-02-pending');
  await logOut(page);
});

test('an administrator cannot confirm a request of their own; another rejects it with a reason', async ({ page, home, shot }) => {
  await home();
  await logIn(page, ADMIN.username, ADMIN.password);
  await openChild(page, OTHER.admissionNo);
  await panel(page).getByRole('button', { name: 'Request destruction of records (s.24)' }).click();
  const form = page.getByRole('form', { name: 'Request destruction of records (s.24)' });
  await form.getByLabel('Order number of the Board').fill('JJB/PAT/2026/46');
  await form.getByLabel('Date of the order').fill('21-11-2026');
  await form.getByRole('button', { name: 'Send the request' }).click();
  await expect(panel(page).getByRole('status')).toContainText('You asked for this destruction, so another administrator must confirm it.');
  await expect(page.getByRole('form', { name: 'Confirm the destruction' })).toHaveCount(0);
  await logOut(page);

  await logIn(page, SECOND.username, SECOND.password);
  await openChild(page, OTHER.admissionNo);
  const reject = page.getByRole('form', { name: 'Reject the request' });
  await reject.getByLabel('Reason for rejecting').fill('The order is for another child; the Board will reissue it.');
  await reject.getByRole('button', { name: 'Reject the request' }).click();
  await expect(panel(page)).toContainText(`An earlier request (order JJB/PAT/2026/46) was rejected by ${SECOND.displayName}`);
  await expect(panel(page).getByRole('button', { name: 'Request destruction of records (s.24)' })).toBeVisible();
  await shot('purge-03-rejected');
  await logOut(page);
});

test('another administrator confirms in Hindi, and only the tombstone remains', async ({ page, home, shot }) => {
  await home();
  await logIn(page, SECOND.username, SECOND.password);
  // Settings lists the waiting request and opens the child's record.
  await nav(page).getByRole('link', { name: 'Settings' }).click();
  await page.getByRole('navigation', { name: 'Settings sections' }).getByRole('link', { name: 'Destruction (s.24)' }).click();
  await expect(page.getByRole('table', { name: 'Requests for destruction of records' })).toContainText(RAJU.admissionNo);
  await page.getByRole('link', { name: 'Open the record to confirm or reject' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(RAJU.admissionNo);

  await page.getByRole('group', { name: /Language/ }).getByRole('button', { name: 'हिन्दी' }).click();
  const confirm = page.getByRole('form', { name: 'विनाश की पुष्टि करें' });
  await expect(confirm).toContainText('यह वापस नहीं हो सकता');
  const destroy = confirm.getByRole('button', { name: 'अभिलेख हमेशा के लिए नष्ट करें' });
  await confirm.getByLabel(/पुष्टि के लिए इस बालक की प्रवेश संख्या/).fill(OTHER.admissionNo);
  await expect(destroy).toBeDisabled();
  await confirm.getByLabel(/पुष्टि के लिए इस बालक की प्रवेश संख्या/).fill(RAJU.admissionNo);
  await expect(destroy).toBeEnabled();
  await confirm.scrollIntoViewIfNeeded();
  await shot('purge-04-confirm-hi');
  const data = [HOME.name, SECOND.displayName, CLERK.displayName, RAJU.admissionNo, RAJU.name, RAJU.aliases, OTHER.admissionNo, ORDER.reference, SECOND.username];
  expect.soft(await englishLeftInPage(page, data), 'English text left on the Hindi page').toEqual([]);

  await destroy.click();
  await expect(page.getByRole('heading', { name: 'सेटिंग', level: 1 })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole('status').first()).toContainText(`बालक ${RAJU.admissionNo} के अभिलेख आदेश ${ORDER.reference} दिनांक ${ORDER.date} के अंतर्गत नष्ट कर दिए गए`);
  const tombstones = page.getByRole('table', { name: 'धारा 24 के अंतर्गत नष्ट किए गए अभिलेख' });
  await expect(tombstones).toContainText(RAJU.admissionNo);
  await expect(tombstones).toContainText(CLERK.displayName);
  await expect(tombstones).toContainText(SECOND.displayName);
  await expect(page.getByRole('main')).not.toContainText(RAJU.name);
  await shot('purge-05-destroyed-hi');
  expect.soft(await englishLeftInPage(page, data), 'English text left on the Hindi register').toEqual([]);

  await page.getByRole('group', { name: /Language/ }).getByRole('button', { name: 'English' }).click();
  await shot('purge-06-destroyed');
  // The child is gone from the register; the other child is still there.
  await openChildren(page);
  await expect(gridRows(page).filter({ hasText: RAJU.admissionNo })).toHaveCount(0);
  await expect(gridRows(page).filter({ hasText: OTHER.admissionNo })).toHaveCount(1);
  await logOut(page);
});
