/**
 * Every icon the installers use is made from the one source, resources/icons/icon.svg, by
 * scripts/make-icons.mjs: re-rendering gives the committed files byte for byte (so they are
 * not stale), and the .ico and .icns containers hold the sizes Windows and macOS look for.
 */
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '../..');
const ICONS = path.join(ROOT, 'resources/icons');
const committed = (name: string) => readFileSync(path.join(ICONS, name));
/** Width and height from a PNG's IHDR. */
const pngSize = (png: Buffer) => [png.readUInt32BE(16), png.readUInt32BE(20)];

describe('icons', () => {
  it('are what make-icons renders from icon.svg now', () => {
    const out = mkdtempSync(path.join(tmpdir(), 'homeward-icons-'));
    execFileSync(process.execPath, [path.join(ROOT, 'scripts/make-icons.mjs'), '--out', out]);
    const made = readdirSync(out).sort();
    expect(made).toEqual(readdirSync(ICONS).filter((f) => f !== 'icon.svg').sort());
    for (const f of made) expect(readFileSync(path.join(out, f)).equals(committed(f)), `${f} differs from a fresh render of icon.svg: run node scripts/make-icons.mjs`).toBe(true);
  });

  it('cover every Linux size, each PNG the size its name says', () => {
    for (const size of [16, 24, 32, 48, 64, 128, 256, 512, 1024]) expect(pngSize(committed(`${size}x${size}.png`))).toEqual([size, size]);
  });

  it('icon.ico holds 16 to 256 pixels, each entry the PNG of that size', () => {
    const ico = committed('icon.ico');
    expect([ico.readUInt16LE(0), ico.readUInt16LE(2)]).toEqual([0, 1]);
    const count = ico.readUInt16LE(4);
    const sizes: number[] = [];
    for (let i = 0; i < count; i++) {
      const e = 6 + 16 * i;
      const size = ico.readUInt8(e) || 256;
      const data = ico.subarray(ico.readUInt32LE(e + 12), ico.readUInt32LE(e + 12) + ico.readUInt32LE(e + 8));
      expect(data.equals(committed(`${size}x${size}.png`)), `${size}`).toBe(true);
      sizes.push(size);
    }
    expect(sizes).toEqual([16, 24, 32, 48, 64, 128, 256]);
  });

  it('icon.icns holds 16 to 1024 pixels (with the @2x kinds)', () => {
    const icns = committed('icon.icns');
    expect(icns.toString('ascii', 0, 4)).toBe('icns');
    expect(icns.readUInt32BE(4)).toBe(icns.length);
    const found: Record<string, number> = {};
    for (let off = 8; off < icns.length; off += icns.readUInt32BE(off + 4)) {
      found[icns.toString('ascii', off, off + 4)] = pngSize(icns.subarray(off + 8))[0]!;
    }
    expect(found).toEqual({ icp4: 16, icp5: 32, icp6: 64, ic07: 128, ic08: 256, ic09: 512, ic10: 1024, ic11: 32, ic12: 64, ic13: 256, ic14: 512 });
  });
});
