/**
 * Labels as the state forms print them: Hindi first, English beneath. One pair per label,
 * written once where the form uses it.
 */
import { html, type Html } from './html';

export interface Bilingual {
  hi: string;
  en: string;
}

export const bi = (hi: string, en: string): Bilingual => ({ hi, en });

/** A label on two lines (Hindi, then English); once when both read the same (A+, a number). */
export function label(l: Bilingual): Html {
  if (l.hi === l.en) return html`<span class="bi"><span>${l.en}</span></span>`;
  return html`<span class="bi"><span class="hi" lang="hi">${l.hi}</span><span class="en" lang="en">${l.en}</span></span>`;
}

/** A label on one line, "हिंदी / English", for headings, table heads and choices. */
export function inline(l: Bilingual): Html {
  if (l.hi === l.en) return html`<span>${l.en}</span>`;
  return html`<span lang="hi">${l.hi}</span> / <span lang="en">${l.en}</span>`;
}
