import { describe, expect, it } from 'vitest';
import { chromiumEngine } from '../../../src/main/printing/chromium-engine';
import { findChromium } from '../../../src/main/printing/find-chromium';

/** An engine on the real Chromium that counts how often it starts one. */
function countingEngine(idleCloseMs?: number) {
  const starts = { count: 0 };
  const engine = chromiumEngine({
    idleCloseMs,
    executablePath: () => {
      starts.count++;
      return findChromium();
    },
  });
  return { engine, starts };
}

const SAMPLE = '<p>sample</p>';
const isPdf = (bytes: Uint8Array) => Buffer.from(bytes.subarray(0, 5)).toString() === '%PDF-';

describe('the Chromium engine', { timeout: 120_000 }, () => {
  it('starts one browser for a prepare and the prints after it, one at a time', async () => {
    const { engine, starts } = countingEngine();
    try {
      await Promise.all([engine.prepare(SAMPLE), engine.prepare(SAMPLE)]);
      expect(starts.count).toBe(1);
      const pdfs = await Promise.all([engine.toPdf('<p>one</p>'), engine.toPdf('<p>two</p>')]);
      expect(pdfs.every(isPdf)).toBe(true);
      expect(starts.count).toBe(1);
    } finally {
      await engine.close();
    }
  });

  it('closes an idle browser, prepared or used, and starts another for the next print', async () => {
    const { engine, starts } = countingEngine(300);
    try {
      await engine.prepare(SAMPLE);
      await new Promise((r) => setTimeout(r, 1_000));
      expect(isPdf(await engine.toPdf('<p>after the idle close</p>'))).toBe(true);
      expect(starts.count).toBe(2);
      await new Promise((r) => setTimeout(r, 1_000));
      await engine.prepare(SAMPLE);
      expect(starts.count).toBe(3);
    } finally {
      await engine.close();
    }
  });

  it('keeps no failed start: the next print tries again', async () => {
    let path = '/nonexistent/chromium';
    const engine = chromiumEngine({ executablePath: () => path });
    try {
      await expect(engine.prepare(SAMPLE)).rejects.toThrow();
      path = findChromium();
      expect(isPdf(await engine.toPdf('<p>now it works</p>'))).toBe(true);
    } finally {
      await engine.close();
    }
  });
});
