/**
 * The child's photograph in its box at the top right of a form, or an empty box marked for a
 * photograph to be pasted in — when none is recorded or the person printing may not see photos.
 */
import { html, type Html } from './html';
import { label, bi } from './bilingual';

export interface PrintImage {
  mime: string;
  dataBase64: string;
}

export function photoBox(photo: PrintImage | null): Html {
  if (photo) return html`<div class="photo"><img alt="" src="${`data:${photo.mime};base64,${photo.dataBase64}`}"></div>`;
  return html`<div class="photo empty">${label(bi('फोटो चिपकाएँ', 'Affix photograph'))}</div>`;
}
