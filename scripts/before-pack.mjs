// electron-builder's beforePack hook. In a release build (HOMEWARD_RELEASE=1, which `npm run dist`
// sets) it rebuilds the SQLite addon for the Electron version and architecture being packed, so
// the packaged app loads it; every other run (the `--dir` test here) packs node_modules as they
// are. Afterwards node_modules hold the Electron build: `npm rebuild better-sqlite3-multiple-ciphers`
// brings back the Node one for the tests (docs/release.md).

// electron-builder's Arch enum, by value.
const ARCH_NAMES = ['ia32', 'x64', 'armv7l', 'arm64', 'universal'];
export const NATIVE_MODULES = ['better-sqlite3-multiple-ciphers'];

/** What @electron/rebuild is asked to do for this pack, or null when this is not a release build. */
export function releaseRebuild(context, env = process.env) {
  if (env.HOMEWARD_RELEASE !== '1') return null;
  return {
    buildPath: context.packager.info.appDir,
    electronVersion: context.packager.info.framework.version,
    arch: ARCH_NAMES[context.arch],
    onlyModules: NATIVE_MODULES,
    force: true,
  };
}

export default async function beforePack(context) {
  const options = releaseRebuild(context);
  if (!options) {
    console.log('  • before-pack: not a release build (HOMEWARD_RELEASE unset), native addon packed as installed');
    return;
  }
  console.log(`  • before-pack: rebuilding ${NATIVE_MODULES.join(', ')} for Electron ${options.electronVersion} (${options.arch})`);
  const { rebuild } = await import('@electron/rebuild');
  await rebuild(options);
}
