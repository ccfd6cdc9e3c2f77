/**
 * Everything `npm run demo` puts in a fresh institution: the users, the synthetic children
 * with their movements, case files and Board/Committee cases, and a demo registry's snapshot
 * of missing-child reports, matched on import.
 */
import type { Backend } from '../cli/backend-session';
import { ChildrenService } from '../children/service';
import { MovementsService } from '../movements/service';
import { importDemoSnapshot, type DemoSnapshot } from './demo-snapshot';
import { generateChildren, generateRegister } from './generate-children';
import { fillCaseFile } from './generate-casefile';
import { fillCases } from './generate-cases';
import { Prng } from './prng';
import { seedDemo } from './seed-demo';

export interface DemoDataOptions {
  children: number;
  /** A folder for the demo registry and the files it exchanges with the institution. */
  registryDir: string;
}

export async function seedDemoData(backend: Backend, opts: DemoDataOptions): Promise<DemoSnapshot> {
  const today = new Date();
  const entries = generateRegister(backend.core.geo, { count: opts.children, seed: 2026, today });
  return seedDemo(
    backend,
    (db, actor) => {
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
    },
    // Reports of other fictional children too, so that the engine has look-alikes to rank.
    (session) => importDemoSnapshot(backend, session, entries.map((e) => e.child), generateChildren(backend.core.geo, { count: 400, seed: 2027, today }), opts.registryDir),
  );
}
