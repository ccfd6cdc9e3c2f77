/**
 * The backend's PdfEngine inside Electron's utility process. Only the main process can open
 * a window to print with, so each document goes there as a message and its PDF comes back
 * (see print-window.ts). Kept free of Electron so it is tested in Node.
 */
import { AppError } from '../../shared/api/errors';
import type { PdfEngine } from '../printing/pdf-engine';
import type { HostToMain, PrintAnswer } from './backend-host-protocol';

export interface PdfRelay {
  engine: PdfEngine;
  /** Called with each answer from the main process. */
  settle(answer: PrintAnswer): void;
}

export function createPdfRelay(post: (message: HostToMain) => void): PdfRelay {
  let nextId = 0;
  const pending = new Map<number, { resolve: (pdf: Uint8Array) => void; reject: (e: Error) => void }>();
  return {
    engine: {
      toPdf(html) {
        const id = ++nextId;
        return new Promise((resolve, reject) => {
          pending.set(id, { resolve, reject });
          post({ type: 'print', id, html });
        });
      },
      // Electron's Chromium is already running: a print window opens in a fraction of a second.
      prepare: async () => undefined,
      // The windows belong to the main process; nothing is held here.
      close: async () => undefined,
    },
    settle(answer) {
      const waiter = pending.get(answer.id);
      pending.delete(answer.id);
      if (!waiter) return;
      if (answer.pdf) waiter.resolve(answer.pdf);
      else waiter.reject(new AppError(answer.error?.code ?? 'internal', answer.error?.message ?? 'The PDF could not be made.', answer.error?.details));
    },
  };
}
