/**
 * Log and crash files for the desktop app, in Electron's logs folder on this PC; nothing is
 * uploaded and Electron's crash reporter (whose minidumps copy memory, records included) is
 * never started. Processes that die are recorded by kind, reason and exit code only.
 */
import { app } from 'electron';
import { writeCrashFile, type CrashReport } from '../diagnostics/crash-files';
import { summariseError } from '../diagnostics/error-summary';
import { RotatingLog } from '../diagnostics/rotating-log';

export interface Diagnostics {
  log: RotatingLog;
  crash(report: Omit<CrashReport, 'appVersion'>): void;
}

const PROCESS_KINDS: Record<string, CrashReport['process']> = { GPU: 'gpu', Utility: 'utility' };

export function startDiagnostics(onFatal: () => void): Diagnostics {
  const log = new RotatingLog(app.getPath('logs'));
  const crash = (report: Omit<CrashReport, 'appVersion'>) => {
    writeCrashFile(log.dir, { ...report, appVersion: app.getVersion() });
    log.write({ event: 'crash', process: report.process, reason: report.reason, exitCode: report.exitCode });
  };
  process.on('uncaughtException', (error) => {
    crash({ process: 'main', reason: 'uncaught-exception', exitCode: null, error: summariseError(error) });
    onFatal();
  });
  app.on('render-process-gone', (_event, _contents, details) => {
    if (details.reason !== 'clean-exit') crash({ process: 'renderer', reason: details.reason, exitCode: details.exitCode, error: null });
  });
  app.on('child-process-gone', (_event, details) => {
    if (details.reason !== 'clean-exit') crash({ process: PROCESS_KINDS[details.type] ?? 'other', reason: details.reason, exitCode: details.exitCode, error: null });
  });
  log.write({ event: 'app.start', version: app.getVersion(), platform: process.platform, arch: process.arch, packaged: app.isPackaged });
  return { log, crash };
}
