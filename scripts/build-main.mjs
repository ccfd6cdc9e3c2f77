// Bundles the Node side (backend, CLI, web host, workers, Electron shell and preload) with
// esbuild. Pure-JS packages are bundled in: resolving hundreds of module files cost about
// half a second at every start (measured). What stays external: the native SQLite addon
// (loaded from node_modules), electron, exceljs (imported only when a workbook arrives),
// electron-updater (imported only when an update is installed) and playwright-core (imported
// on the first print outside Electron; it reads its own package files at run time and cannot
// be bundled).
import { build } from 'esbuild';
import { existsSync } from 'node:fs';

const entries = [
  'src/main/cli/homeward.ts',
  // The reference registry (homeward-registry).
  'src/main/registry/cli.ts',
  'src/main/demo/demo.ts',
  'src/main/jobs/job-worker.ts',
  // Prepares reports for a snapshot import's index on a spare core (matching/parallel-build.ts).
  'src/main/matching/report-prepare-worker.ts',
  'src/main/electron/main.ts',
  // Entry of the backend's utility process, forked by the Electron main process.
  'src/main/electron/backend-host.ts',
].filter((f) => existsSync(f));

const external = ['better-sqlite3-multiple-ciphers', 'electron', 'electron-updater', 'exceljs', 'playwright-core'];
// Bundled CommonJS packages call require() for Node built-ins; an ES module has none of its own.
const banner = { js: "import { createRequire as __hwCreateRequire } from 'node:module'; const require = __hwCreateRequire(import.meta.url);" };
const common = { bundle: true, platform: 'node', target: 'node20', sourcemap: true, external, logLevel: 'warning' };

await build({ ...common, banner, entryPoints: entries, outdir: 'dist/main', outbase: 'src/main', format: 'esm' });
if (existsSync('src/preload/preload.ts')) {
  // A sandboxed preload cannot be an ES module.
  await build({ ...common, entryPoints: ['src/preload/preload.ts'], outfile: 'dist/preload/preload.cjs', format: 'cjs' });
}
