/** Recording a movement on a child's record, as a clerk does it (the form stays open if it is refused). */
import type { Locator, Page } from '@playwright/test';

export async function recordMovement(page: Page, kind: string, date: string, time: string, fill: (form: Locator) => Promise<void> = async () => {}): Promise<Locator> {
  await page.getByRole('button', { name: 'Record a movement' }).click();
  const form = page.getByRole('form', { name: 'Record a movement' });
  await form.getByLabel('Movement', { exact: true }).selectOption({ label: kind });
  await form.getByLabel('Date', { exact: true }).fill(date);
  await form.getByLabel('Time', { exact: true }).fill(time);
  await fill(form);
  await form.getByRole('button', { name: 'Save the movement' }).click();
  return form;
}
