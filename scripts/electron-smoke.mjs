// `npm run smoke:electron`, on a release machine after `npm run dist`: packs a second unpacked
// copy of the app into release/smoke that differs from the release only in the --inspect fuse
// (Playwright's _electron drives the main process through the inspector), with the SQLite addon
// rebuilt for Electron, then runs the @electron Playwright tests against it and reads the
// release binary's fuses. Afterwards the addon is rebuilt for Node again.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';

const win = process.platform === 'win32';
const npx = win ? 'npx.cmd' : 'npx';
const npm = win ? 'npm.cmd' : 'npm';

/** The unpacked app's executable in an electron-builder output folder, for this platform. */
function executable(outDir) {
  if (process.platform === 'win32') return path.join(outDir, 'win-unpacked', 'Homeward.exe');
  if (process.platform === 'darwin') {
    const arch = process.arch === 'arm64' ? 'mac-arm64' : 'mac';
    return path.join(outDir, arch, 'Homeward.app', 'Contents', 'MacOS', 'Homeward');
  }
  return path.join(outDir, 'linux-unpacked', 'homeward');
}

function run(command, args, env = process.env) {
  return spawnSync(command, args, { stdio: 'inherit', env, shell: win }).status === 0;
}

const release = executable('release');
if (!existsSync(release)) {
  console.error(`smoke: ${release} is missing; run npm run dist first.`);
  process.exit(1);
}
const smokeDir = path.join('release', 'smoke');
let ok = run(npx, ['electron-builder', '--dir', '--publish', 'never', `-c.directories.output=${smokeDir}`, '-c.electronFuses.enableNodeCliInspectArguments=true'], { ...process.env, HOMEWARD_RELEASE: '1' });
if (ok) {
  ok = run(npx, ['playwright', 'test', 'test/e2e/electron-smoke.spec.ts', '--grep', '@electron'], { ...process.env, HOMEWARD_ELECTRON_APP: path.resolve(executable(smokeDir)), HOMEWARD_PACKAGED_APP: path.resolve(release) });
}
run(npm, ['rebuild', 'better-sqlite3-multiple-ciphers']);
process.exitCode = ok ? 0 : 1;
