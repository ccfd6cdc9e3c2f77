// Renders resources/icons/icon.svg to the PNG sizes electron-builder wants: NxN.png for
// Linux (the size must be in the name) and icon.png (512) for Windows and macOS.
// Needs rsvg-convert (Debian: librsvg2-bin) or ImageMagick. Run by hand after editing the SVG;
// the PNGs are committed.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const iconsDir = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'resources', 'icons');
const source = path.join(iconsDir, 'icon.svg');
const SIZES = [16, 24, 32, 48, 64, 128, 256, 512, 1024];

function hasCommand(command) {
  try {
    execFileSync(command, ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

const render = hasCommand('rsvg-convert')
  ? (size, out) => execFileSync('rsvg-convert', ['-w', String(size), '-h', String(size), '-o', out, source])
  : hasCommand('magick')
    ? (size, out) => execFileSync('magick', ['-background', 'none', source, '-resize', `${size}x${size}`, out])
    : hasCommand('convert') // ImageMagick 6, as Debian 12 ships it
      ? (size, out) => execFileSync('convert', ['-background', 'none', '-density', '384', source, '-resize', `${size}x${size}`, out])
      : null;
if (!render) {
  console.error('make-icons: install rsvg-convert (apt-get install librsvg2-bin) or ImageMagick.');
  process.exit(1);
}

for (const size of SIZES) render(size, path.join(iconsDir, `${size}x${size}.png`));
render(512, path.join(iconsDir, 'icon.png'));
console.log(`make-icons: wrote ${SIZES.length + 1} PNGs to ${path.relative(process.cwd(), iconsDir)}`);
