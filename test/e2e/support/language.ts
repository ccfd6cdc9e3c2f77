/** Checks for the Hindi interface: English words left in it are untranslated strings. */
import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/**
 * Latin-script words that may stay in the Hindi UI: the product name, the English language
 * button, key names (Enter, Esc), abbreviations registers use (hi.ts keeps CNCP/CCL/JJB), and format hints
 * and file kinds (PDF, A4, KB).
 */
const ALWAYS_ALLOWED = ['Homeward', 'English', 'CNCP', 'CCL', 'JJB', 'CWC', 'CSV', 'XLSX', 'JPEG', 'PNG', 'MB', 'KB', 'PDF', 'A4', 'PIN', 'dd', 'mm', 'yyyy', 'hh', 'cm', 'kg', 'Enter', 'Esc', 'Ctrl', 'Tab'];

/**
 * State and district names come from the LGD list, which has them in English only: they are
 * reference data, shown as listed (a known limit, not an untranslated string).
 */
function placeWords(): string[] {
  const csv = readFileSync(resolve('resources/geo/lgd_districts.csv'), 'utf8');
  return csv
    .split('\n')
    .slice(1)
    .flatMap((line) => {
      const [, district = '', , state = ''] = line.split(',');
      return `${district} ${state}`.match(/[A-Za-z]+/g) ?? [];
    });
}

/**
 * The visible words in Latin script on the page that are neither allowed above nor part of
 * the data shown (names, places, usernames — given in `data`, never translated).
 */
export async function englishLeftInPage(page: Page, data: readonly string[]): Promise<string[]> {
  const allowed = new Set([...ALWAYS_ALLOWED, ...placeWords(), ...data.flatMap((s) => s.match(/[A-Za-z]+/g) ?? [])].map((w) => w.toLowerCase()));
  const texts = await page.evaluate(() => {
    const out: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      if (!el || !n.textContent?.trim() || el.closest('[translate="no"], script, style')) continue;
      if (el.checkVisibility() || el.tagName === 'OPTION') out.push(n.textContent.trim());
    }
    return out;
  });
  const found = new Set<string>();
  for (const text of texts) {
    const words = text.match(/[A-Za-z]{2,}/g) ?? [];
    if (words.some((w) => !allowed.has(w.toLowerCase()))) found.add(text);
  }
  return [...found];
}
