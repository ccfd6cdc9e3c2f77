import i18next, { type TFunction } from 'i18next';
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { ApiError } from '../../../src/renderer/api/api-error';
import { en } from '../../../src/renderer/i18n/en';
import { hi } from '../../../src/renderer/i18n/hi';
import { describeSyncError } from '../../../src/renderer/sync/SyncError';
import { exportSummary, folderSchema, formatBytes, groupFingerprint, isFullPath } from '../../../src/renderer/sync/sync-format';
import { translateFieldMessage } from '../../../src/renderer/i18n/messages';

let tHi: TFunction;
let tEn: TFunction;

beforeAll(async () => {
  const make = async (lng: string) => {
    const i = i18next.createInstance();
    await i.init({ resources: { en: { translation: en }, hi: { translation: hi } }, lng, interpolation: { escapeValue: false } });
    return i.t;
  };
  tHi = await make('hi');
  tEn = await make('en');
});

describe('sync helpers', () => {
  it('say sizes as people read them', () => {
    expect(formatBytes(0)).toBe('0 B');
    expect(formatBytes(1023)).toBe('1023 B');
    expect(formatBytes(1536)).toBe('2 KB');
    expect(formatBytes(5 * 1024 * 1024 + 300 * 1024)).toBe('5.3 MB');
    expect(formatBytes(3 * 1024 ** 3)).toBe('3.0 GB');
  });
  it('group a fingerprint in fours for reading out', () => {
    expect(groupFingerprint('AB12cd34ef56')).toBe('ab12 cd34 ef56');
    expect(groupFingerprint('ab:12 cd-34e')).toBe('ab12 cd34 e');
    expect(groupFingerprint('a'.repeat(64)).split(' ')).toHaveLength(16);
  });
  it('take only full folder paths, as the backend resolves relative ones against its own folder', () => {
    for (const p of ['/media/usb', 'E:\\', 'e:/Homeward', '\\\\office-pc\\share']) expect(isFullPath(p), p).toBe(true);
    for (const p of ['usb', 'E:', './out', 'Homeward\\sync']) expect(isFullPath(p), p).toBe(false);
    const refused = folderSchema.safeParse({ outDir: 'usb' });
    expect(refused.success).toBe(false);
    expect(translateFieldMessage(tHi, refused.error!.issues[0]!.message)).toBe(hi.fieldMsg.fullPath);
    expect(folderSchema.parse({ outDir: '  /media/usb ' }).outDir).toBe('/media/usb');
  });
  it('read the export job’s result only when it has the expected shape', () => {
    const r = { file: '/media/usb/HW-sync-x-000001.hwpkg', seq: 1, entries: 12, records: 10, bytes: 4096 };
    expect(exportSummary(r)).toEqual(r);
    expect(exportSummary({ ...r, seq: '1' })).toBeNull();
    expect(exportSummary(null)).toBeNull();
  });
});

describe('sync errors', () => {
  it('name every refusal the backend can give, in both languages', () => {
    const source = readFileSync('src/main/sync/format/refusal.ts', 'utf8');
    const block = /export type RefusalCode =([^;]+);/.exec(source)?.[1] ?? '';
    const codes = [...block.matchAll(/'([a-z_]+)'/g)].map((m) => m[1]);
    expect(codes.length).toBeGreaterThan(10);
    for (const c of codes) {
      expect(Object.keys(en.syncRefusal), c).toContain(c);
      expect(Object.keys(hi.syncRefusal), c).toContain(c);
    }
  });
  it('lead with the refusal in the user’s language and keep the backend’s sentence as detail', () => {
    const e = new ApiError('invalid_input', 'The signature does not match the manifest: …', { refusal: 'bad_signature' });
    expect(describeSyncError(tHi, e)).toEqual({ lead: hi.syncRefusal.bad_signature, detail: e.message });
    expect(describeSyncError(tEn, e).lead).toBe(en.syncRefusal.bad_signature);
  });
  it('fall back to the general sentence, with what the backend said', () => {
    const missing = new ApiError('not_found', 'This office has no sync keys yet.');
    expect(describeSyncError(tEn, missing)).toEqual({ lead: en.errors.not_found, detail: 'This office has no sync keys yet.' });
    const conflict = new ApiError('conflict', 'Nothing to send.');
    expect(describeSyncError(tEn, conflict).detail).toBeNull();
    expect(describeSyncError(tEn, new ApiError('forbidden', 'no')).detail).toBeNull();
  });
});
