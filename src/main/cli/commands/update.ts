/** `homeward update check --from DIR`: verifies an update bundle on a USB stick; installs nothing. */
import { resolve } from 'node:path';
import { call, withSession } from '../backend-session';
import type { CommonOptions } from '../credentials';

const out = (line: string) => process.stdout.write(`${line}\n`);

export async function updateCheck(opts: CommonOptions & { from: string; json?: boolean }): Promise<void> {
  await withSession(opts, async (backend, session) => {
    const offer = await call(backend, 'updates.check', { folder: resolve(opts.from) }, session);
    if (opts.json) return out(JSON.stringify(offer, null, 2));
    const { installedVersion } = await call(backend, 'updates.status', {}, session);
    out(`Verified: Homeward ${offer.version} (${offer.installer}, ${offer.size} bytes), signed by the registry's update key on ${offer.createdAt.slice(0, 10)}.`);
    out(`It can replace the installed version ${installedVersion}. Install it from the desktop app: Settings → Updates.`);
    out('');
    out(offer.releaseNotes.en);
  });
}
