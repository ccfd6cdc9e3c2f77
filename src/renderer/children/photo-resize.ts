/**
 * Photos are made small in the renderer before they are sent: a phone picture of several MB
 * becomes a JPEG of ~100–300 KB, and the backend needs no image library.
 */
import { blobToBase64 } from '../ui/files';

export const PHOTO_MAX_SIDE = 1024;
export const PHOTO_QUALITY = 0.85;

/** The size that fits within max×max keeping the proportions; never enlarges. */
export function fitWithin(width: number, height: number, max: number): { width: number; height: number } {
  const scale = Math.min(1, max / Math.max(width, height));
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}

export async function resizePhoto(file: Blob): Promise<{ mime: 'image/jpeg'; dataBase64: string }> {
  const bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' });
  const size = fitWithin(bitmap.width, bitmap.height, PHOTO_MAX_SIDE);
  const canvas = document.createElement('canvas');
  canvas.width = size.width;
  canvas.height = size.height;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no canvas');
  ctx.fillStyle = '#ffffff'; // a transparent PNG would otherwise turn black in JPEG
  ctx.fillRect(0, 0, size.width, size.height);
  ctx.drawImage(bitmap, 0, 0, size.width, size.height);
  bitmap.close();
  const blob = await new Promise<Blob>((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('encode failed'))), 'image/jpeg', PHOTO_QUALITY));
  return { mime: 'image/jpeg', dataBase64: await blobToBase64(blob) };
}
