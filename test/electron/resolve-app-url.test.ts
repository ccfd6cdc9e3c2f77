import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveAppUrlToFile } from '../../src/main/electron/resolve-app-url';

const root = '/opt/homeward/dist/renderer';

describe('resolveAppUrlToFile', () => {
  it('maps app://homeward/ paths into the renderer folder', () => {
    expect(resolveAppUrlToFile('app://homeward/', root)).toBe(`${root}/index.html`);
    expect(resolveAppUrlToFile('app://homeward/index.html', root)).toBe(`${root}/index.html`);
    expect(resolveAppUrlToFile('app://homeward/assets/app-1a2b.js?v=1#top', root)).toBe(`${root}/assets/app-1a2b.js`);
    expect(resolveAppUrlToFile('app://homeward/fonts/Noto%20Sans.woff2', root)).toBe(`${root}/fonts/Noto Sans.woff2`);
  });

  it('keeps plain dot segments inside the root (the URL parser folds them away)', () => {
    expect(resolveAppUrlToFile('app://homeward/../../etc/passwd', root)).toBe(`${root}/etc/passwd`);
    expect(resolveAppUrlToFile('app://homeward/%2e%2e/%2e%2e/etc/passwd', root)).toBe(`${root}/etc/passwd`);
  });

  it('accepts a relative root', () => {
    expect(resolveAppUrlToFile('app://homeward/index.html', 'dist/renderer')).toBe(path.resolve('dist/renderer/index.html'));
  });

  it.each([
    'app://homeward/..%2f..%2fetc%2fpasswd',
    'app://homeward/assets/..%2F..%2F..%2Fsecret',
    'app://homeward/%2Fetc%2Fpasswd',
    'app://homeward/..%2frenderer-evil/x.js',
    'app://homeward/index.html%00.png',
    'app://homeward/%E0%A4%A', // malformed escape
  ])('refuses traversal and tricks: %s', (url) => {
    expect(resolveAppUrlToFile(url, root)).toBeNull();
  });

  it.each(['app://evil/index.html', 'app://homeward:8080/index.html', 'file:///etc/passwd', 'https://homeward/index.html', 'not a url'])(
    'refuses other origins: %s',
    (url) => {
      expect(resolveAppUrlToFile(url, root)).toBeNull();
    },
  );

  it('refuses the root folder itself when given as a path', () => {
    expect(resolveAppUrlToFile('app://homeward/assets/..%2F', root)).toBeNull();
  });

  describe('with Windows paths', () => {
    const winRoot = 'C:\\Program Files\\Homeward\\resources\\app.asar\\dist\\renderer';

    it('maps into the root', () => {
      expect(resolveAppUrlToFile('app://homeward/assets/a.js', winRoot, path.win32)).toBe(`${winRoot}\\assets\\a.js`);
    });

    it.each([
      'app://homeward/..%5c..%5c..%5cWindows%5cwin.ini',
      'app://homeward/C:%5cWindows%5cwin.ini',
      'app://homeward/C:/Windows/win.ini',
      'app://homeward/%5c%5cserver%5cshare%5cx',
      'app://homeward/D:x.js',
    ])('refuses %s', (url) => {
      expect(resolveAppUrlToFile(url, winRoot, path.win32)).toBeNull();
    });
  });
});
