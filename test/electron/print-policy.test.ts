import { describe, expect, it } from 'vitest';
import type { Session } from 'electron';
import { printDocumentId, printDocumentUrl, printWebPreferences } from '../../src/main/electron/print-policy';

const ID = '0f8fad5b-d9cb-469f-a165-70867728950e';

describe('print window policy', () => {
  it('serves only app://print/<uuid> and reads the id back', () => {
    expect(printDocumentUrl(ID)).toBe(`app://print/${ID}`);
    expect(printDocumentId(printDocumentUrl(ID))).toBe(ID);
    for (const url of [
      `app://homeward/${ID}`,
      `app://print/${ID}/x`,
      `app://print/${ID}?a=1`,
      `app://user@print/${ID}`,
      'app://print/../index.html',
      `https://print/${ID}`,
      'data:text/html,<p>x</p>',
      'not a url',
    ]) {
      expect(printDocumentId(url), url).toBeNull();
    }
  });

  it('runs no script, no Node and no preload in a print window, on its own session', () => {
    const session = { id: 'print' } as unknown as Session;
    const prefs = printWebPreferences(session);
    expect(prefs).toMatchObject({ session, javascript: false, sandbox: true, contextIsolation: true, nodeIntegration: false, webSecurity: true, devTools: false });
    expect(prefs).not.toHaveProperty('preload');
  });
});
