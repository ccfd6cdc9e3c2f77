import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writableFolder } from '../../src/main/fs/writable-folder';

const refusal = (path: string) => {
  try {
    writableFolder(path, 'outDir');
  } catch (e) {
    return e as { code: string; message: string; details: { fields: Record<string, string> } };
  }
  throw new Error('accepted');
};

describe('the folder a clerk names for an export', () => {
  it('is accepted when it is a full path to a folder that can be written', () => {
    const dir = mkdtempSync(join(tmpdir(), 'homeward-usb-'));
    expect(writableFolder(dir, 'outDir')).toBe(dir);
  });

  it('is refused in plain words when relative, missing, or a file', () => {
    expect(refusal('usb')).toMatchObject({ code: 'invalid_input', details: { fields: { outDir: 'a full path' } } });
    expect(refusal('/no/such/usb/drive').message).toBe('The folder /no/such/usb/drive does not exist. Is the USB drive plugged in?');
    const file = join(mkdtempSync(join(tmpdir(), 'homeward-usb-')), 'x.txt');
    writeFileSync(file, 'x');
    expect(refusal(file).details.fields.outDir).toBe('not a folder');
  });
});
