import { describe, expect, it } from 'vitest';
import { escapeHtml, html, trusted } from '../../../src/main/printing/kit/html';
import { cssString, printDocument } from '../../../src/main/printing/kit/document';
import { blank, items, value } from '../../../src/main/printing/kit/fields';
import { bi } from '../../../src/main/printing/kit/bilingual';
import { table } from '../../../src/main/printing/kit/table';
import { photoBox } from '../../../src/main/printing/kit/photo';

describe('print templates', () => {
  it('escapes everything interpolated, so a name prints as typed and never becomes markup', () => {
    const name = `<img src=x onerror="alert(1)"> & 'Munni'`;
    expect(html`<p title="${name}">${name}</p>`.text).toBe(
      '<p title="&lt;img src=x onerror=&quot;alert(1)&quot;&gt; &amp; &#39;Munni&#39;">&lt;img src=x onerror=&quot;alert(1)&quot;&gt; &amp; &#39;Munni&#39;</p>',
    );
    expect(html`${[html`<b>${'<i>'}</b>`, 1, null, false, undefined, ['a', '<']]}`.text).toBe('<b>&lt;i&gt;</b>1a&lt;');
    expect(escapeHtml('सुनीता')).toBe('सुनीता');
    expect(html`${trusted('<hr>')}`.text).toBe('<hr>');
  });

  it('writes a typed reference as a CSS string that cannot end the string or the style element', () => {
    expect(cssString('Form 17 · CH/2026/7')).toBe('"Form 17 \\b7  CH/2026/7"');
    const hostile = cssString('x"; } </style><script>alert(1)</script>');
    expect(hostile).not.toMatch(/[<>]/);
    expect(hostile.slice(1, -1)).not.toContain('"');
    expect(cssString('पृष्ठ')).toBe('"\\92a \\943 \\937 \\94d \\920 "');
  });

  it('prints nothing recorded as lines to write on, and recorded values as they are', () => {
    expect(value(null).text).toBe(blank().text);
    expect(value('  ').text).toBe(blank().text);
    expect(value([]).text).toBe(blank().text);
    expect(value(null, 3).text.match(/class="line"/g)).toHaveLength(3);
    expect(value(['हिन्दी', 'Bhojpuri']).text).toContain('हिन्दी, Bhojpuri');
    expect(value(0).text).toContain('>0<');
    const rows = items([{ no: '7.', label: bi('बालक', 'Child'), items: [{ no: '(a)', label: bi('नाम', 'Name'), value: 'सुनीता' }] }]).text;
    expect(rows).toContain('<span class="hi" lang="hi">बालक</span><span class="en" lang="en">Child</span>');
    expect(rows).toContain('<span class="sub-no">(a)</span>');
    expect(rows).toContain('सुनीता');
  });

  it('rules a table with bilingual heads, empty cells, and blank rows to fill in', () => {
    const t = table({ columns: [{ head: bi('दिनांक', 'Date'), width: '20mm' }, { head: bi('टिप्पणी', 'Remarks') }], rows: [['01-10-2026', null]], blankRows: 2 }).text;
    expect(t.match(/<tr class="blank-row">/g)).toHaveLength(2);
    expect(t).toContain('<td dir="auto">01-10-2026</td><td></td>');
    expect(t).toContain('style="width:20mm"');
  });

  it('shows the photo, or an empty box to paste one in', () => {
    expect(photoBox({ mime: 'image/png', dataBase64: 'AAAA' }).text).toContain('src="data:image/png;base64,AAAA"');
    expect(photoBox(null).text).toContain('Affix photograph');
  });

  it('makes a self-contained A4 document that allows no script and loads nothing', () => {
    const doc = printDocument(html`<p>x</p>`, { title: 'T', reference: 'Form 17 · A-1', resourcesDir: process.cwd() });
    expect(doc).toContain(`content="default-src 'none'; style-src 'unsafe-inline'; font-src data:; img-src data:"`.replace(/'/g, '&#39;'));
    expect(doc).toContain('size: A4 portrait');
    expect(doc).toContain('counter(pages)');
    expect(doc).not.toMatch(/<script|src="http|url\(http/);
    expect(printDocument(html``, { title: 'T', reference: 'r', landscape: true, resourcesDir: process.cwd() })).toContain('size: A4 landscape');
  });
});
