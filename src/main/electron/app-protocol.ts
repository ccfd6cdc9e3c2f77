import { protocol } from 'electron';
import { readFile } from 'node:fs/promises';
import { APP_SCHEME, APP_SCHEME_DEFINITION } from './app-scheme';
import { appResponseHeaders, contentTypeFor } from '../serving/response-headers';
import { resolveAppUrlToFile } from './resolve-app-url';

/** Must run before the app is ready: Chromium fixes scheme privileges at startup. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([APP_SCHEME_DEFINITION]);
}

function notFound(): Response {
  return new Response('Not found', { status: 404, headers: appResponseHeaders('text/plain; charset=utf-8') });
}

/** Serves dist/renderer over app://homeward/, each response carrying the CSP. */
export function serveRenderer(rendererRoot: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const file = resolveAppUrlToFile(request.url, rendererRoot);
    if (!file) return notFound();
    try {
      const body = await readFile(file);
      return new Response(new Uint8Array(body), { status: 200, headers: appResponseHeaders(contentTypeFor(file)) });
    } catch {
      return notFound();
    }
  });
}
