/**
 * `npm run demo`: Homeward in a browser with a few hundred synthetic children, on a fresh
 * data folder that is removed again on exit. Nothing here is a real person.
 */
import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createBackend, defaultResourcesDir } from '../backend';
import { startWebHost } from '../web/web-host';
import { ChildrenService } from '../children/service';
import { generateRegister } from './generate-children';
import { fillCaseFile } from './generate-casefile';
import { fillCases } from './generate-cases';
import { Prng } from './prng';
import { MovementsService } from '../movements/service';
import { seedDemo, DEMO_USERS } from './seed-demo';

const resourcesDir = defaultResourcesDir();
const rendererDir = join(resourcesDir, 'dist', 'renderer');
if (!existsSync(join(rendererDir, 'index.html'))) {
  process.stderr.write('The user interface has not been built: run "npm run build" first.\n');
  process.exit(1);
}

const dataDir = mkdtempSync(join(tmpdir(), 'homeward-demo-'));
const backend = await createBackend({ dataDir, resourcesDir });
const count = Number(process.env['HOMEWARD_DEMO_CHILDREN'] ?? 300);
await seedDemo(backend, (db, actor) => {
  const entries = generateRegister(backend.core.geo, { count, seed: 2026, today: new Date() });
  db.transaction(() => {
    const ids = new ChildrenService(db, backend.core.now, backend.core.geo).insertMany(
      entries.map((e) => e.child),
      actor,
    );
    const movements = new MovementsService(db, backend.core.now);
    entries.forEach((e, i) => movements.insertAll(ids[i]!, e.movements, actor));
    // Every tenth child has a case file, so the case-file screens have something to show.
    const rnd = new Prng(43);
    const call = { db, now: backend.core.now(), actor, viewer: { userId: actor.id ?? '', canSeeCcl: true, canSeePhotos: true, canSeeAadhaar: true } };
    ids.forEach((id, i) => i % 10 === 0 && fillCaseFile(call, id, rnd, { quarters: 6, allSections: i % 20 === 0 }));
    // A handful of Board and Committee cases, for the Cases pages, the cause list and the pendency report.
    fillCases(call, new Prng(44));
  })();
});
const host = await startWebHost({ backend, rendererDir, port: Number(process.env['HOMEWARD_PORT'] ?? 0) });

process.stdout.write(
  [
    '',
    'Homeward demo is running (synthetic children only; the data is deleted when you stop it).',
    '',
    `  Open:  ${host.url}`,
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
  process.exit(0);
};
process.once('SIGINT', () => void stop());
process.once('SIGTERM', () => void stop());
