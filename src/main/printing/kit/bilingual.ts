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

/** A label on two lines (Hindi, then English). */
export function label(l: Bilingual): Html {
  return html`<span class="bi"><span class="hi" lang="hi">${l.hi}</span><span class="en" lang="en">${l.en}</span></span>`;
}

/** A label on one line, "हिंदी / English", for headings and table heads. */
export function inline(l: Bilingual): Html {
  return html`<span lang="hi">${l.hi}</span> / <span lang="en">${l.en}</span>`;
}
