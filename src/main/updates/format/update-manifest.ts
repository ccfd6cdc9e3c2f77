/**
 * update.json: the signed description of an update bundle (docs/formats/update.md). It binds
 * the installer and electron-updater's latest*.yml by size and SHA-512, says which product,
 * platform and install kind it is for, which installed versions may take it, and carries the
 * release notes in English and Hindi.
 */
import { z } from 'zod';
import { manifestBytes } from '../../sync/format/manifest';
import { versionSchema } from './version';

export const UPDATE_FILE = 'update.json';
export const UPDATE_SIGNATURE = 'update.json.minisig';
export const UPDATE_FORMAT = 1;
/** electron-builder.yml's appId (a test holds them equal): a bundle for anything else is refused. */
export const PRODUCT_ID = 'in.homeward.app';
/** update.json is small; anything larger is not one. */
export const MAX_UPDATE_JSON_BYTES = 256 * 1024;
export const MAX_NOTES_CHARS = 20_000;

/**
 * How an installed copy updates itself, and the file electron-updater reads for it. Windows
 * takes the NSIS installer; Linux the AppImage or the .deb (whichever way it was installed);
 * macOS the .zip (Squirrel.Mac updates from a zip, never from the dmg).
 */
export const UPDATE_TARGETS = {
  nsis: { platform: 'win32', extension: '.exe', channelFile: 'latest.yml' },
  appimage: { platform: 'linux', extension: '.AppImage', channelFile: 'latest-linux.yml' },
  deb: { platform: 'linux', extension: '.deb', channelFile: 'latest-linux.yml' },
  zip: { platform: 'darwin', extension: '.zip', channelFile: 'latest-mac.yml' },
} as const;
export type UpdateTarget = keyof typeof UPDATE_TARGETS;
export const UPDATE_TARGET_NAMES = Object.keys(UPDATE_TARGETS) as UpdateTarget[];

export const PLATFORM_NAMES: Record<string, string> = { win32: 'Windows', linux: 'Linux', darwin: 'macOS' };

/** The install kind an installer file is for, from its name; null for anything else. */
export function targetOfInstaller(fileName: string): UpdateTarget | null {
  return UPDATE_TARGET_NAMES.find((t) => fileName.endsWith(UPDATE_TARGETS[t].extension)) ?? null;
}

/** A plain file name in the bundle folder: no folders, nothing hidden, printable. */
const fileName = z.string().regex(/^[A-Za-z0-9_][A-Za-z0-9._ +-]{0,199}$/, { error: 'not a plain file name' });
const sha512 = z.string().regex(/^[A-Za-z0-9+/]{86}==$/);
const fileRef = z.object({ name: fileName, size: z.number().int().min(1).max(4 * 1024 ** 3), sha512 }).strict();
const notes = z.string().max(MAX_NOTES_CHARS);

export const updateManifestSchema = z
  .object({
    format: z.literal(UPDATE_FORMAT),
    kind: z.literal('update'),
    product: z.string().min(1).max(100),
    version: versionSchema,
    /** The oldest installed version this update may be installed over. */
    minimumVersion: versionSchema,
    platform: z.enum(['win32', 'linux', 'darwin']),
    target: z.enum(UPDATE_TARGET_NAMES as [UpdateTarget, ...UpdateTarget[]]),
    createdAt: z.iso.datetime(),
    origin: z.object({ registryId: z.uuid(), keyId: z.string().regex(/^[0-9A-F]{16}$/) }).strict(),
    installer: fileRef,
    updateInfo: fileRef,
    releaseNotes: z.object({ en: notes, hi: notes }).strict(),
  })
  .strict()
  .superRefine((m, ctx) => {
    const target = UPDATE_TARGETS[m.target];
    if (m.platform !== target.platform) ctx.addIssue({ code: 'custom', path: ['platform'], message: `a ${m.target} installer is for ${target.platform}` });
    if (!m.installer.name.endsWith(target.extension)) ctx.addIssue({ code: 'custom', path: ['installer', 'name'], message: `a ${m.target} installer ends in ${target.extension}` });
    if (m.updateInfo.name !== target.channelFile) ctx.addIssue({ code: 'custom', path: ['updateInfo', 'name'], message: `must be ${target.channelFile}` });
  });
export type UpdateManifest = z.infer<typeof updateManifestSchema>;

export const updateManifestBytes = (manifest: UpdateManifest) => manifestBytes(manifest);

/** The trusted comment names product and version, so `minisign -V` shows what was signed. */
export const updateTrustedComment = (m: Pick<UpdateManifest, 'product' | 'version'>) => `homeward update ${m.product} ${m.version}`;
