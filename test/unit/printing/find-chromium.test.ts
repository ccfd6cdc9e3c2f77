import { describe, expect, it } from 'vitest';
import { chromiumArgs } from '../../../src/main/printing/chromium-engine';
import { chromiumCandidates, findChromium } from '../../../src/main/printing/find-chromium';

describe('finding a browser to print with', () => {
  it('takes HOMEWARD_CHROMIUM first, and says so when it does not exist', () => {
    expect(findChromium('linux', { HOMEWARD_CHROMIUM: '/opt/c/chrome' }, (f) => f === '/opt/c/chrome')).toBe('/opt/c/chrome');
    expect(() => findChromium('linux', { HOMEWARD_CHROMIUM: '/nope' }, () => false)).toThrow(/HOMEWARD_CHROMIUM names \/nope/);
  });

  it('finds Debian’s Chromium on Linux, Edge before Chrome on Windows', () => {
    expect(findChromium('linux', {}, (f) => f === '/usr/bin/chromium' || f === '/usr/bin/google-chrome')).toBe('/usr/bin/chromium');
    const env = { 'ProgramFiles(x86)': 'C:\\Program Files (x86)', ProgramFiles: 'C:\\Program Files', LOCALAPPDATA: 'C:\\Users\\asha\\AppData\\Local' };
    expect(chromiumCandidates('win32', env)[0]).toBe('C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe');
    expect(findChromium('win32', env, (f) => f.endsWith('chrome.exe') && f.startsWith('C:\\Users'))).toBe('C:\\Users\\asha\\AppData\\Local\\Google\\Chrome\\Application\\chrome.exe');
    expect(chromiumCandidates('darwin', {})).toContain('/Applications/Google Chrome.app/Contents/MacOS/Google Chrome');
  });

  it('says plainly what to install when there is no browser', () => {
    expect(() => findChromium('linux', {}, () => false)).toThrow(/Printing needs Chromium, Google Chrome or Microsoft Edge/);
  });

  it('drops the sandbox only when running as root', () => {
    expect(chromiumArgs(true)).toContain('--no-sandbox');
    expect(chromiumArgs(false)).not.toContain('--no-sandbox');
    expect(chromiumArgs(false)).toContain('--disable-background-networking');
  });
});
