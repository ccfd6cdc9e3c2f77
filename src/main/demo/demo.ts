/**
 * `npm run demo`: Homeward in a browser with a few hundred synthetic children, on a fresh
 * data folder that is removed again on exit. Nothing here is a real person.
 */
import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createBackend, defaultResourcesDir } from '../backend';
import { startWebHost } from '../web/web-host';
import { seedDemoData } from './demo-data';
import { DEMO_USERS } from './seed-demo';

const resourcesDir = defaultResourcesDir();
const rendererDir = join(resourcesDir, 'dist', 'renderer');
if (!existsSync(join(rendererDir, 'index.html'))) {
  process.stderr.write('The user interface has not been built: run "npm run build" first.\n');
  process.exit(1);
}

const dataDir = mkdtempSync(join(tmpdir(), 'homeward-demo-'));
// The demo registry and the folder standing in for its USB stick, outside the office's data.
const registryDir = mkdtempSync(join(tmpdir(), 'homeward-demo-registry-'));
const backend = await createBackend({ dataDir, resourcesDir });
const snapshot = await seedDemoData(backend, { children: Number(process.env['HOMEWARD_DEMO_CHILDREN'] ?? 300), registryDir });
const host = await startWebHost({ backend, rendererDir, port: Number(process.env['HOMEWARD_PORT'] ?? 0) });

process.stdout.write(
  [
    '',
    'Homeward demo is running (synthetic children only; the data is deleted when you stop it).',
    '',
    `  Open:  ${host.url}`,
    '',
    `  A demo registry's snapshot of ${snapshot.reports} missing-child reports is imported: ${snapshot.newPairs} possible matches to review.`,
    '',
    ...DEMO_USERS.map((u) => `  Sign in as ${u.username.padEnd(11)} password ${u.password}   (${u.role})`),
    '',
    'Press Ctrl-C to stop.',
    '',
  ].join('\n'),
);

const stop = async () => {
  await host.close();
  await backend.close();
  rmSync(dataDir, { recursive: true, force: true });
  rmSync(registryDir, { recursive: true, force: true });
  process.exit(0);
};
process.once('SIGINT', () => void stop());
process.once('SIGTERM', () => void stop());
