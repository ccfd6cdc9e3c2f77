import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// Architecture rule: only the Electron shell and the preload may import electron; everything
// else must run in plain Node, where the Electron binary is not available.
const SRC = path.resolve(import.meta.dirname, '../../src');
const ALLOWED = [path.join(SRC, 'main', 'electron') + path.sep, path.join(SRC, 'preload') + path.sep];

// electron-updater counts as electron: it requires electron as soon as its updater is used.
const SPECIFIER = String.raw`\s*['"\x60]electron(?:-updater)?(?:/[\w/-]*)?['"\x60]`;
const ELECTRON_IMPORT = new RegExp(
  [
    String.raw`\bfrom${SPECIFIER}`, // import … from 'electron', export … from 'electron'
    String.raw`\bimport${SPECIFIER}`, // import 'electron'
    String.raw`\brequire\s*\(${SPECIFIER}\s*\)`, // require('electron')
    String.raw`\bimport\s*\(${SPECIFIER}\s*\)`, // import('electron')
  ].join('|'),
);

function importsElectron(source: string): boolean {
  return ELECTRON_IMPORT.test(source);
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.(?:[cm]?[jt]sx?)$/.test(entry.name) ? [full] : [];
  });
}

describe('electron layering', () => {
  it('the detector catches every way of loading electron', () => {
    for (const sample of [
      "import { app } from 'electron';",
      'import type { WebPreferences } from "electron";',
      "import * as electron from 'electron'",
      "import 'electron';",
      "export { ipcMain } from 'electron';",
      "const { app } = require('electron');",
      'const e = require( "electron" );',
      "const e = await import('electron');",
      'const e = await import(`electron`);',
      "import { ipcRenderer } from 'electron/renderer';",
      "import {\n  app,\n  BrowserWindow,\n} from 'electron'",
      "const { autoUpdater } = await import('electron-updater');",
      "import { GenericProvider } from 'electron-updater/out/providers/GenericProvider';",
    ]) {
      expect(importsElectron(sample), sample).toBe(true);
    }
  });

  it('the detector leaves look-alikes alone', () => {
    for (const sample of [
      "import { build } from 'electron-builder';",
      "import { x } from 'electron-updater-like';",
      "import x from 'app-builder-lib';",
      "const name = 'electron';",
      "import { x } from './electron-free';",
    ]) {
      expect(importsElectron(sample), sample).toBe(false);
    }
  });

  it('finds source files to check', () => {
    expect(sourceFiles(SRC).length).toBeGreaterThan(5);
  });

  it('no file outside src/main/electron and src/preload imports electron', () => {
    const offenders = sourceFiles(SRC)
      .filter((file) => !ALLOWED.some((allowed) => file.startsWith(allowed)))
      .filter((file) => importsElectron(readFileSync(file, 'utf8')))
      .map((file) => path.relative(SRC, file));
    expect(offenders).toStrictEqual([]);
  });
});
