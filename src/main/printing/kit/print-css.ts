/**
 * The one stylesheet of every printed form: 10 pt text, bilingual labels, dotted lines to
 * write on, ruled tables. The page itself (A4, margins, page numbers) is set per document in
 * document.ts.
 */
import { PRINT_FONT_STACK } from './fonts';

export const PRINT_CSS = `
* { box-sizing: border-box; }
html { font-family: ${PRINT_FONT_STACK}; font-size: 10pt; line-height: 1.35; color: #000; }
body { margin: 0; }
[lang="hi"] { font-size: 1em; }
.bi { display: inline-flex; flex-direction: column; }
.bi .en { font-size: 0.78em; line-height: 1.2; color: #333; }
h1, h2, h3 { margin: 0; font-weight: 700; break-after: avoid; }
h2 { font-size: 10.5pt; margin: 5mm 0 2mm; padding: 1mm 2mm; background: #e8e8e8; border-left: 1.2mm solid #555; }
section.part { break-inside: auto; }

.letterhead { display: flex; align-items: center; gap: 4mm; border-bottom: 0.8pt solid #000; padding-bottom: 2mm; margin-bottom: 3mm; }
.letterhead .logo { height: 20mm; width: auto; max-width: 30mm; object-fit: contain; }
.lh-text { flex: 1; text-align: center; }
.lh-name-local { font-size: 13pt; font-weight: 700; }
.lh-name { font-size: 12pt; font-weight: 700; }
.lh-type, .lh-address, .lh-contact { font-size: 8.5pt; }

.form-head { display: flex; gap: 4mm; align-items: flex-start; margin-bottom: 2mm; }
.form-title { flex: 1; text-align: center; }
.form-no { font-weight: 700; font-size: 11pt; }
.form-rule { font-size: 8.5pt; }
.form-name { font-weight: 700; font-size: 11.5pt; margin-top: 1mm; }
.form-name .en { font-size: 10pt; color: #000; }
.form-note { font-size: 8.5pt; margin-top: 1mm; }
.photo { width: 32mm; height: 40mm; border: 0.6pt solid #000; display: flex; align-items: center; justify-content: center; text-align: center; font-size: 8pt; overflow: hidden; flex: none; }
.photo img { width: 100%; height: 100%; object-fit: cover; }
.photo.empty { color: #444; }

table { border-collapse: collapse; width: 100%; }
tr { break-inside: avoid; }
table.items td { vertical-align: top; padding: 0.7mm 1mm; }
table.items td.no { width: 8mm; font-weight: 700; }
table.items td.label { width: 72mm; }
table.items tr.sub td.label { display: flex; gap: 1.5mm; padding-left: 2mm; }
.sub-no { flex: none; width: 6mm; }
.value { white-space: pre-wrap; overflow-wrap: anywhere; }
.blank { display: inline-block; min-width: 60mm; width: 100%; height: 1.2em; border-bottom: 0.6pt dotted #000; }
.blank-lines { display: block; }
.blank-lines .line { display: block; height: 6mm; border-bottom: 0.6pt dotted #000; }

table.grid { margin: 1mm 0 3mm; table-layout: fixed; }
table.grid th, table.grid td { border: 0.5pt solid #000; padding: 1mm 1.2mm; vertical-align: top; overflow-wrap: anywhere; }
table.grid th { background: #eee; font-weight: 700; font-size: 8.5pt; text-align: left; }
table.grid thead { display: table-header-group; }
table.grid tr.blank-row td { height: 8mm; }
table.grid.compact td { font-size: 8.5pt; }
table.grid.counts td { padding-top: 0.5mm; padding-bottom: 0.5mm; }
table.grid.counts td + td { text-align: right; }
table.grid tr.group th { background: #f4f4f4; text-align: left; font-size: 9pt; }
h3.sub-title { font-size: 9.5pt; margin: 3mm 0 1mm; }
.part-break { break-before: page; }

.choices { display: inline-flex; flex-wrap: wrap; gap: 1mm 4mm; }
.choice { display: inline-flex; align-items: center; gap: 1.2mm; }
.box { display: inline-block; width: 3.2mm; height: 3.2mm; border: 0.6pt solid #000; position: relative; flex: none; }
.box.ticked::after { content: ''; position: absolute; left: 0.9mm; top: 0; width: 1mm; height: 2.1mm; border: solid #000; border-width: 0 0.5mm 0.5mm 0; transform: rotate(45deg); }

.signatures { display: flex; justify-content: space-between; gap: 10mm; margin-top: 14mm; break-inside: avoid; }
.signature { flex: 1; text-align: center; font-size: 9pt; }
.signature .line { display: block; border-top: 0.6pt solid #000; margin-bottom: 1mm; }
.page-break { break-before: page; }
.muted { color: #444; font-size: 8.5pt; }
`;
