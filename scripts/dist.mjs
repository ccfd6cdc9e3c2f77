// `npm run dist`: the release build, on a machine that can download the Electron binary.
// Builds the app, then every target electron-builder.yml lists for this platform (Windows:
// NSIS; Linux: deb and AppImage; macOS: dmg and zip) into release/, with HOMEWARD_RELEASE=1 so
// the beforePack hook rebuilds the SQLite addon for Electron. Afterwards the addon is rebuilt
// for Node again, so `npm test` keeps working in the same checkout. Extra arguments go to
// electron-builder (e.g. `npm run dist -- --x64`).
import { spawnSync } from 'node:child_process';

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';

function run(command, args, env = process.env) {
  const result = spawnSync(command, args, { stdio: 'inherit', env, shell: process.platform === 'win32' });
  if (result.status !== 0) process.exitCode = result.status ?? 1;
  return result.status === 0;
}

if (run(npm, ['run', 'build'])) {
  run(npx, ['electron-builder', '--publish', 'never', ...process.argv.slice(2)], { ...process.env, HOMEWARD_RELEASE: '1' });
  if (!run(npm, ['rebuild', 'better-sqlite3-multiple-ciphers'])) console.error('dist: rebuild the SQLite addon for Node before running the tests: npm rebuild better-sqlite3-multiple-ciphers');
}
