// print-window.ts against a stand-in `electron` (the real binary cannot be downloaded here):
// the document is served from memory to a script-less window on its own session, printed
// with the CSS page size, then forgotten and the window destroyed.
import { describe, expect, it, vi } from 'vitest';

const fake = vi.hoisted(() => ({
  handler: null as ((request: { url: string }) => Response) | null,
  beforeRequest: null as ((details: { url: string }, callback: (r: { cancel: boolean }) => void) => void) | null,
  partitions: [] as string[],
  windows: [] as Array<{ options: { webPreferences: Record<string, unknown> }; loaded: string; printOptions: unknown; destroyed: boolean; served: string }>,
}));

vi.mock('electron', () => ({
  session: {
    fromPartition: (name: string) => {
      fake.partitions.push(name);
      return {
        protocol: { handle: (_scheme: string, handler: (request: { url: string }) => Response) => (fake.handler = handler) },
        webRequest: { onBeforeRequest: (listener: typeof fake.beforeRequest) => (fake.beforeRequest = listener) },
        setPermissionRequestHandler: vi.fn(),
        setPermissionCheckHandler: vi.fn(),
      };
    },
  },
  app: { on: vi.fn() },
  BrowserWindow: class {
    loaded = '';
    printOptions: unknown = null;
    destroyed = false;
    served = '';
    webContents = {
      printToPDF: async (options: unknown) => {
        this.printOptions = options;
        return Buffer.from(`%PDF ${this.served}`);
      },
    };
    constructor(readonly options: { webPreferences: Record<string, unknown> }) {
      fake.windows.push(this);
    }
    async loadURL(url: string) {
      this.loaded = url;
      this.served = await fake.handler!({ url }).text();
    }
    destroy() {
      this.destroyed = true;
    }
  },
}));

const { printToPdf } = await import('../../src/main/electron/print-window');

describe('printing in the Electron main process', () => {
  it('prints the document from memory in a hidden script-less window, then forgets it', async () => {
    const pdf = await printToPdf('<p>सुनीता</p>');
    expect(Buffer.from(pdf).toString()).toBe('%PDF <p>सुनीता</p>');
    const w = fake.windows[0]!;
    expect(w.options).toMatchObject({ show: false, webPreferences: { javascript: false, sandbox: true } });
    expect(w.printOptions).toStrictEqual({ preferCSSPageSize: true, printBackground: true });
    expect(w.destroyed).toBe(true);
    expect(fake.partitions).toStrictEqual(['homeward-print']);
    // Once printed, the document is no longer served.
    expect(fake.handler!({ url: w.loaded }).status).toBe(404);
  });

  it('lets nothing but the document load on the print session', async () => {
    await printToPdf('<p>x</p>');
    const decide = (url: string) => new Promise<boolean>((resolve) => fake.beforeRequest!({ url }, (r) => resolve(r.cancel)));
    expect(await decide(fake.windows[1]!.loaded)).toBe(false);
    expect(await decide('https://example.org/track.png')).toBe(true);
    expect(await decide('app://homeward/index.html')).toBe(true);
    expect(fake.partitions).toHaveLength(1); // one session, made once
  });
});
