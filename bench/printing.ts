/**
 * Printing figures: Form 43 of a filled case file to PDF — the first print (Chromium starting)
 * and with the browser warm, split into building the HTML (database and template) and
 * Chromium's rendering; the first print after print.prepare (what the screens do) — then
 * Form 7 and Form 17 warm, and `homeward print form43` as a whole command (Node, sign-in,
 * Chromium, print). The target: Form 43 in under 3 s.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { chromiumEngine } from '../src/main/printing/chromium-engine';
import type { PdfEngine } from '../src/main/printing/pdf-engine';
import { ADMIN } from '../test/helpers/backend';
import { caseFileBackend } from '../test/integration/printing/casefile-fixture';
import type { Row } from './table';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** The engine, noting when the finished HTML reached it and how long Chromium took. */
function timedEngine(inner: PdfEngine) {
  const marks = { handedOver: 0, rendered: 0 };
  const engine: PdfEngine = {
    async toPdf(html) {
      marks.handedOver = performance.now();
      const pdf = await inner.toPdf(html);
      marks.rendered = performance.now();
      return pdf;
    },
    prepare: (sample) => inner.prepare(sample),
    close: () => inner.close(),
  };
  return { engine, marks };
}

export async function printingBench(): Promise<Row[]> {
  const rows: Row[] = [];
  const { engine, marks } = timedEngine(chromiumEngine());
  const { t, child } = await caseFileBackend(engine);

  async function printOnce(input: Parameters<typeof t.call<'print.form'>>[1]) {
    const start = performance.now();
    const printed = await t.call('print.form', input);
    return { total: performance.now() - start, build: marks.handedOver - start, render: marks.rendered - marks.handedOver, bytes: printed.pdfBase64.length * 0.75 };
  }

  const form43 = { form: 'form43' as const, child: { id: child.id } };
  const cold = await printOnce(form43);
  rows.push({ what: 'Form 43 to PDF, first print (starts Chromium)', value: cold.total / 1000, unit: 's', target: '< 3 s' });
  const warm = [];
  for (let i = 0; i < 5; i++) warm.push(await printOnce(form43));
  rows.push({ what: 'Form 43 to PDF, browser warm (median of 5)', value: median(warm.map((w) => w.total)) / 1000, unit: 's', target: '< 3 s' });
  rows.push({ what: '  of which building the HTML (database and template)', value: median(warm.map((w) => w.build)), unit: 'ms', target: '' });
  rows.push({ what: '  of which Chromium rendering the PDF', value: median(warm.map((w) => w.render)), unit: 'ms', target: '' });
  rows.push({ what: '  size of the PDF', value: warm[0]!.bytes / 1024, unit: 'KB', target: '' });

  // As the app does it: the child's page asks for print.prepare when it opens, the click comes later.
  await engine.close();
  const preparing = performance.now();
  await t.call('print.prepare', {});
  rows.push({ what: 'print.prepare when the page opens (starts Chromium)', value: (performance.now() - preparing) / 1000, unit: 's', target: '' });
  rows.push({ what: 'Form 43 to PDF, first print after print.prepare', value: (await printOnce(form43)).total / 1000, unit: 's', target: '< 3 s' });

  for (const [label, input] of [
    ['Form 7, all four parts, warm (median of 5)', { form: 'form7' as const, child: { id: child.id } }],
    ['Form 17, warm (median of 5)', { form: 'form17' as const, child: { id: child.id } }],
  ] as const) {
    const times = [];
    for (let i = 0; i < 5; i++) times.push((await printOnce(input)).total);
    rows.push({ what: label, value: median(times) / 1000, unit: 's', target: '' });
  }
  await t.backend.close();

  // The whole command, as a script would run it: a fresh Node, sign-in (scrypt), Chromium, print, write.
  const dir = mkdtempSync(join(tmpdir(), 'homeward-bench-print-'));
  writeFileSync(join(dir, 'pw'), `${ADMIN.password}\n`);
  const cli = join(process.cwd(), 'dist/main/cli/homeward.js');
  const args = ['print', 'form43', '--child', child.admissionNo, '--out', join(dir, 'form43.pdf'), '--data', t.dataDir, '--user', ADMIN.username, '--password-file', join(dir, 'pw')];
  const start = performance.now();
  const code = await new Promise<number | null>((resolve) => spawn(process.execPath, [cli, ...args], { stdio: 'ignore' }).on('close', resolve));
  if (code !== 0) throw new Error(`homeward print failed with exit code ${code}`);
  rows.push({ what: 'homeward print form43 (CLI, whole command)', value: (performance.now() - start) / 1000, unit: 's', target: '' });
  return rows;
}
