import path from 'node:path';
import { APP_HOST, APP_SCHEME } from './app-scheme';

type PathApi = Pick<typeof path, 'resolve' | 'sep'>;

/**
 * Maps app://homeward/<path> to a file inside rootDir, or null. The check is on the resolved
 * path, so encoded traversal (%2e%2e, %2f, %5c) and absolute or drive-letter paths cannot
 * escape rootDir. `paths` is replaceable so the Windows rules can be tested on Linux.
 */
export function resolveAppUrlToFile(url: string, rootDir: string, paths: PathApi = path): string | null {
  let parsed: URL;
  let pathname: string;
  try {
    parsed = new URL(url);
    pathname = decodeURIComponent(parsed.pathname);
  } catch {
    return null;
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST || pathname.includes('\0')) return null;

  const root = paths.resolve(rootDir);
  const relative = pathname === '/' || pathname === '' ? 'index.html' : pathname.slice(1);
  const file = paths.resolve(root, relative);
  return file.startsWith(root + paths.sep) ? file : null;
}
