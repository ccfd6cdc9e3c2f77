// Makes every icon the installers need from the one source, resources/icons/icon.svg:
// NxN.png for Linux (the size must be in the name), icon.png (512), icon.ico for Windows and
// the NSIS installer (16–256, PNG-compressed entries), icon.icns for macOS (16–1024).
// Rendered with rsvg-convert only (Debian: librsvg2-bin), so the PNGs are reproducible: a test
// re-renders them and compares bytes. Run after editing the SVG and commit the results:
//   node scripts/make-icons.mjs [--out DIR]
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const iconsDir = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'resources', 'icons');
const source = path.join(iconsDir, 'icon.svg');
const outFlag = process.argv.indexOf('--out');
const outDir = outFlag > 0 ? path.resolve(process.argv[outFlag + 1]) : iconsDir;
export const SIZES = [16, 24, 32, 48, 64, 128, 256, 512, 1024];
const ICO_SIZES = [16, 24, 32, 48, 64, 128, 256];
// ICNS element types holding PNG data, by pixel size (the @2x types share sizes with larger 1x ones).
const ICNS_TYPES = [['icp4', 16], ['icp5', 32], ['icp6', 64], ['ic07', 128], ['ic08', 256], ['ic09', 512], ['ic10', 1024], ['ic11', 32], ['ic12', 64], ['ic13', 256], ['ic14', 512]];

const png = (size) => readFileSync(path.join(outDir, `${size}x${size}.png`));

/** ICO: 6-byte header, a 16-byte entry per image (0 means 256), then the PNGs. */
function ico() {
  const images = ICO_SIZES.map(png);
  const header = Buffer.alloc(6 + 16 * images.length);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(images.length, 4);
  let offset = header.length;
  images.forEach((data, i) => {
    const e = 6 + 16 * i;
    header.writeUInt8(ICO_SIZES[i] >= 256 ? 0 : ICO_SIZES[i], e);
    header.writeUInt8(ICO_SIZES[i] >= 256 ? 0 : ICO_SIZES[i], e + 1);
    header.writeUInt16LE(1, e + 4); // colour planes
    header.writeUInt16LE(32, e + 6); // bits per pixel
    header.writeUInt32LE(data.length, e + 8);
    header.writeUInt32LE(offset, e + 12);
    offset += data.length;
  });
  return Buffer.concat([header, ...images]);
}

/** ICNS: "icns" and the total length, then per image its type, its length (with the 8-byte header) and the PNG. */
function icns() {
  const elements = ICNS_TYPES.map(([type, size]) => {
    const data = png(size);
    const head = Buffer.alloc(8);
    head.write(type, 0, 'ascii');
    head.writeUInt32BE(data.length + 8, 4);
    return Buffer.concat([head, data]);
  });
  const head = Buffer.alloc(8);
  head.write('icns', 0, 'ascii');
  head.writeUInt32BE(8 + elements.reduce((n, e) => n + e.length, 0), 4);
  return Buffer.concat([head, ...elements]);
}

mkdirSync(outDir, { recursive: true });
for (const size of SIZES) execFileSync('rsvg-convert', ['-w', String(size), '-h', String(size), '-o', path.join(outDir, `${size}x${size}.png`), source]);
writeFileSync(path.join(outDir, 'icon.png'), png(512));
writeFileSync(path.join(outDir, 'icon.ico'), ico());
writeFileSync(path.join(outDir, 'icon.icns'), icns());
console.log(`make-icons: wrote ${SIZES.length} PNGs, icon.png, icon.ico and icon.icns to ${path.relative(process.cwd(), outDir) || '.'}`);
