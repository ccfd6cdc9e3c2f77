/**
 * The folder a clerk named for an export, enrollment request or backup, checked before any
 * work starts, so that a missing USB drive gets a plain answer instead of a failed job.
 * Paths must be absolute: the backend's working folder means nothing to the person typing.
 */
import { accessSync, constants, statSync } from 'node:fs';
import { isAbsolute } from 'node:path';
import { AppError } from '../../shared/api/errors';

export function writableFolder(path: string, field: string): string {
  const refuse = (message: string, fieldMessage: string) => new AppError('invalid_input', message, { fields: { [field]: fieldMessage } });
  if (!isAbsolute(path)) throw refuse(`Give the full path of the folder (for example E:\\ or /media/usb), not "${path}".`, 'a full path');
  let isDir: boolean;
  try {
    isDir = statSync(path).isDirectory();
  } catch {
    throw refuse(`The folder ${path} does not exist. Is the USB drive plugged in?`, 'no such folder');
  }
  if (!isDir) throw refuse(`${path} is a file, not a folder.`, 'not a folder');
  try {
    accessSync(path, constants.W_OK);
  } catch {
    throw refuse(`Homeward may not write to ${path}. Is the USB drive write-protected?`, 'cannot write here');
  }
  return path;
}
