/** The head of a statutory form: its number and rule, its title in both languages, and the photo box. */
import { html, type Html } from './html';
import { label, type Bilingual } from './bilingual';
import { photoBox, type PrintImage } from './photo';

export interface FormHeadOptions {
  /** "17", "43", "7 — Part A"; null for registers and reports, which have no form number. */
  number: Bilingual | null;
  /** The rules the form is prescribed under, e.g. "Rules 18(2), 19(25)". */
  rule: Bilingual | null;
  title: Bilingual;
  /** A line under the title (the period of a report, "as it stood on …"). */
  note?: Html;
  /** The child's photo box; undefined for forms without one. */
  photo?: PrintImage | null;
}

export function formHead(o: FormHeadOptions): Html {
  return html`<div class="form-head">
    <div class="form-title">
      ${o.number ? html`<div class="form-no">${o.number.hi} / ${o.number.en}</div>` : ''}
      ${o.rule ? html`<div class="form-rule">[${o.rule.hi}] / [${o.rule.en}]</div>` : ''}
      <div class="form-name">${label(o.title)}</div>
      ${o.note ? html`<div class="form-note">${o.note}</div>` : ''}
    </div>
    ${o.photo !== undefined ? photoBox(o.photo) : ''}
  </div>`;
}
