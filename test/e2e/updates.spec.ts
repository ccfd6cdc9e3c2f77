/**
 * Settings → Updates, as an administrator uses it: the office is enrolled (its trust list names
 * the registry's update key), the registry signs an update bundle into a USB folder with
 * `homeward-registry update sign`, and the page checks it and shows the release notes. A
 * damaged installer and an older version are refused with their reason. Web mode has no
 * installer, so the page says updates install from the desktop app. English and Hindi;
 * named screenshots (updates-*.png).
 */
import { mkdtempSync, readFileSync, writeFileSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { logIn, nav, setUp } from './support/app';
import { ADMIN, INSTITUTION } from './support/data';
import { expect, test } from './support/fixtures';
import { englishLeftInPage } from './support/language';
import { enrollOffice } from './support/matching';
import { Registry } from './support/registry';

test.describe.configure({ mode: 'serial' });

const NOTES = { en: 'Case files can be printed.\nMatching is faster.', hi: 'केस फ़ाइलें छापी जा सकती हैं।\nमिलान तेज़ हुआ है।' };

async function openUpdates(page: Page, section = 'Updates') {
  await nav(page).getByRole('link', { name: /^(Settings|सेटिंग)$/ }).click();
  await page.getByRole('navigation', { name: /^(Settings sections|सेटिंग के भाग)$/ }).getByRole('link', { name: section }).click();
}

async function check(page: Page, folder: string, button = 'Check the update') {
  const form = page.getByRole('form', { name: /^(Install an update from a USB drive|USB ड्राइव से अपडेट इंस्टॉल करें)$/ });
  await form.getByRole('textbox').fill(folder);
  await form.getByRole('button', { name: button }).click();
}

test('check a signed update from a USB folder; refuse a damaged one and an older one', async ({ page, home, shot }) => {
  test.setTimeout(300_000);
  const root = mkdtempSync(join(tmpdir(), 'homeward-e2e-updates-'));
  const usb = mkdtempSync(join(root, 'usb-'));
  const registry = new Registry(root);
  const installer = join(root, 'Homeward-0.2.0.AppImage');
  writeFileSync(installer, Buffer.alloc(200_000, 7));

  await test.step('set up, log in, enroll with the registry', async () => {
    await home();
    await setUp(page);
    await logIn(page, ADMIN.username, ADMIN.password);
    await enrollOffice(page, registry, usb, 'Bihar State Child Tracking Registry');
  });

  const bundle = registry.updateSign(installer, '0.2.0', join(usb, 'homeward-0.2.0'), NOTES);

  await test.step('the Updates tab says what is installed, and that installing needs the desktop app', async () => {
    await openUpdates(page);
    const installed = page.getByRole('region', { name: 'This copy of Homeward' });
    await expect(installed).toContainText('0.1.0');
    await expect(installed).toContainText('not an installed copy (web mode or development)');
    await expect(installed).toContainText('you can check an update here, but it is installed from the desktop app');
    await expect(installed).not.toContainText('names no update key');
    await shot('updates-01-installed');
  });

  await test.step('a relative folder is refused beside the field', async () => {
    await check(page, 'usb/homeward-0.2.0');
    await expect(page.getByLabel('Update folder')).toHaveAccessibleDescription(/The full path of a folder/);
  });

  await test.step('the signed bundle is verified and its notes shown; no install button in web mode', async () => {
    await check(page, bundle);
    const verified = page.getByRole('status').filter({ hasText: 'Version 0.2.0 is signed by the registry and complete. It can replace version 0.1.0.' });
    await expect(verified).toBeVisible();
    await expect(verified).toContainText('Homeward-0.2.0.AppImage');
    await expect(verified).toContainText('195 KB');
    await expect(verified).toContainText('Case files can be printed.');
    await expect(page.getByRole('button', { name: /^Install version/ })).toHaveCount(0);
    await shot('updates-02-verified');
  });

  await test.step('a flipped byte in the installer is refused, naming the reason', async () => {
    const damaged = join(usb, 'damaged');
    cpSync(bundle, damaged, { recursive: true });
    const file = join(damaged, 'Homeward-0.2.0.AppImage');
    const bytes = readFileSync(file);
    bytes[1000]! ^= 1;
    writeFileSync(file, bytes);
    await check(page, damaged);
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('The update was not accepted. The installer does not match the signed update: it was altered or damaged. Do not install it.');
    await expect(page.getByText('Version 0.2.0 is signed by the registry')).toHaveCount(0);
    await shot('updates-03-damaged');
  });

  await test.step('an older version is refused', async () => {
    const older = join(root, 'Homeward-0.0.9.AppImage');
    writeFileSync(older, Buffer.alloc(1000, 1));
    await check(page, registry.updateSign(older, '0.0.9', join(usb, 'homeward-0.0.9'), NOTES));
    await expect(page.getByRole('alert')).toContainText('This update is not newer than the installed version. Homeward does not go back to an older version.');
    await shot('updates-04-older');
  });

  await test.step('in Hindi', async () => {
    await page.getByRole('button', { name: 'हिन्दी' }).click();
    await check(page, bundle, 'अपडेट जाँचें');
    const verified = page.getByRole('status').filter({ hasText: 'संस्करण 0.2.0 रजिस्ट्री द्वारा हस्ताक्षरित और पूरा है।' });
    await expect(verified).toBeVisible();
    await expect(verified).toContainText('केस फ़ाइलें छापी जा सकती हैं।');
    await expect(verified).not.toContainText('Case files');
    expect.soft(await englishLeftInPage(page, [INSTITUTION.name, ADMIN.displayName, bundle, 'Homeward-0.2.0.AppImage', 'update.json', 'usb', 'media', 'USB', 'KB', 'AppImage'])).toEqual([]);
    await shot('updates-05-hindi');
  });
});
