import { describe, expect, it } from 'vitest';
import { checkFileType, sniffType } from '../../../src/main/casefile/file-type';
import { tinyPng } from '../../helpers/images';

const pdf = Buffer.from('%PDF-1.7\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\r\n', 'latin1');
/** The smallest JPEG header this check reads: SOI, then a SOF0 frame of 16×8. */
const jpeg = Buffer.from([0xff, 0xd8, 0xff, 0xc0, 0x00, 0x11, 0x08, 0x00, 0x08, 0x00, 0x10, 0x03, 0x01, 0x22, 0x00, 0x02, 0x11, 0x01, 0x03, 0x11, 0x01, 0xff, 0xd9]);

describe('attachment type from the bytes', () => {
  it('recognises PDF, PNG and JPEG by their contents', () => {
    expect(sniffType(pdf)).toBe('application/pdf');
    expect(sniffType(tinyPng())).toBe('image/png');
    expect(sniffType(jpeg)).toBe('image/jpeg');
  });

  it('refuses a truncated PDF, a bare signature and other files', () => {
    expect(sniffType(pdf.subarray(0, 30))).toBeNull();
    expect(sniffType(tinyPng().subarray(0, 10))).toBeNull();
    expect(sniffType(Buffer.from([0xff, 0xd8, 0xff, 0xe0]))).toBeNull();
    expect(sniffType(Buffer.from('PK\x03\x04 a zip file'))).toBeNull();
    expect(sniffType(Buffer.alloc(0))).toBeNull();
  });

  it('checks that the name agrees with the contents', () => {
    expect(checkFileType('Order 114.PDF', pdf)).toEqual({ mime: 'application/pdf' });
    expect(checkFileType('scan', jpeg)).toEqual({ mime: 'image/jpeg' });
    expect(checkFileType('photo.jpg', tinyPng())).toEqual({ problem: 'named .jpg but is a PNG file' });
    expect(checkFileType('virus.exe', pdf)).toMatchObject({ problem: expect.stringContaining('named .exe') });
  });
});
