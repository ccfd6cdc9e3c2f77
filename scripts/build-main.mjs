// Bundles the Node side (backend, CLI, web host, workers, Electron shell and preload) with
// esbuild. npm packages stay external: the native SQLite addon must be loaded from
// node_modules, and electron-builder packages node_modules itself.
import { build } from 'esbuild';
import { existsSync } from 'node:fs';

const entries = [
  'src/main/cli/homeward.ts',
  // The reference registry (homeward-registry).
  'src/main/registry/cli.ts',
  'src/main/demo/demo.ts',
  'src/main/jobs/job-worker.ts',
  'src/main/electron/main.ts',
  // Entry of the backend's utility process, forked by the Electron main process.
  'src/main/electron/backend-host.ts',
].filter((f) => existsSync(f));

const common = { bundle: true, platform: 'node', target: 'node20', sourcemap: true, packages: 'external', logLevel: 'warning' };

await build({ ...common, entryPoints: entries, outdir: 'dist/main', outbase: 'src/main', format: 'esm' });
if (existsSync('src/preload/preload.ts')) {
  // A sandboxed preload cannot be an ES module.
  await build({ ...common, entryPoints: ['src/preload/preload.ts'], outfile: 'dist/preload/preload.cjs', format: 'cjs' });
}
