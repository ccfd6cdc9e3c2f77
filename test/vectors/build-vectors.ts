/**
 * Test vectors for docs/formats/*.md, rebuilt from fixed keys, times and ids. Everything is
 * deterministic except age ciphertext (age picks a fresh file key each time), so the
 * payload.age files are checked by decrypting them to the payload.ndjson beside them.
 * Run `npx tsx test/vectors/build-vectors.ts --write` to rewrite them after a deliberate
 * format change; test/unit/sync/vectors.test.ts checks them byte for byte.
 */
import { writeFileSync, mkdirSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { identityToRecipient, Encrypter } from 'age-encryption';
import { canonicalJson } from '../../src/shared/util/canonical-json';
import { FORMAT_VERSION, GENESIS, type EnrollmentManifest, type ReceiptManifest, type SyncManifest, type TrustManifest } from '../../src/main/sync/format/manifest';
import { keyIdOf, minisignPublicKey, signingKeyFromSecret, type SigningKey } from '../../src/main/sync/format/minisign';
import { digestBytes } from '../../src/main/updates/format/file-digest';
import { sealUpdate } from '../../src/main/updates/format/seal-update';
import { updateInfoYaml } from '../../src/main/updates/format/update-info';
import { PRODUCT_ID, UPDATE_FORMAT, type UpdateManifest } from '../../src/main/updates/format/update-manifest';
import { sealManifest } from '../../src/main/sync/format/sign-manifest';
import { bindingOf, headerLine } from '../../src/main/sync/format/sync-payload';
import { snapshotVector } from './snapshot-vector';

export const VECTORS_DIR = dirname(fileURLToPath(import.meta.url));

/** The fixed inputs. These keys are public test keys: never use them for anything else. */
export const FIXED = {
  officeSigningSeed: '0101010101010101010101010101010101010101010101010101010101010101',
  registryRootSeed: '0202020202020202020202020202020202020202020202020202020202020202',
  registrySigningSeed: '0303030303030303030303030303030303030303030303030303030303030303',
  registryUpdateSeed: '0404040404040404040404040404040404040404040404040404040404040404',
  officeAgeIdentity: 'AGE-SECRET-KEY-1GJDHYFPNHH0NZ9D40MSKWFD3C6AUVCGZ4WHSEJP0PASXZ496SPWSJS0QRK',
  registryAgeIdentity: 'AGE-SECRET-KEY-1VDD5K83VL4CY9DACLMF657KD0VJGYCU39GVUTM6KEPQNXZHF6H9QRDN0UJ',
  officeId: '019a0000-0000-7000-8000-000000000001',
  deviceId: '019a0000-0000-7000-8000-000000000002',
  registryId: '019a0000-0000-7000-8000-000000000003',
  createdAt: '2026-11-28T10:00:00.000Z',
} as const;

const key = (seedHex: string) => signingKeyFromSecret(Buffer.from(seedHex, 'hex'));
const b64 = (b: Uint8Array) => Buffer.from(b).toString('base64');
const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');

/** A 16-byte stand-in photo: a PNG signature and the start of an IHDR for 2×3 pixels. */
const PHOTO = Buffer.from('89504e470d0a1a0a0000000d49484452000000020000000308020000', 'hex');

/**
 * `storedCiphertext` gives the payload.age already in the vectors, so that rebuilding
 * reproduces the manifests that hash it; without it a fresh encryption is made.
 */
export async function buildVectors(storedCiphertext: (dir: string) => Buffer | null = () => null): Promise<Map<string, Buffer>> {
  const office = key(FIXED.officeSigningSeed);
  const root = key(FIXED.registryRootSeed);
  const registrySigning = key(FIXED.registrySigningSeed);
  const officeRecipient = await identityToRecipient(FIXED.officeAgeIdentity);
  const registryRecipient = await identityToRecipient(FIXED.registryAgeIdentity);
  const files = new Map<string, Buffer>();
  const put = (name: string, data: string | Buffer) => files.set(name, Buffer.isBuffer(data) ? data : Buffer.from(data, 'utf8'));

  put('keys/office.pub', minisignPublicKey(office.publicKey));
  put('keys/registry-root.pub', minisignPublicKey(root.publicKey));
  put('keys/registry-signing.pub', minisignPublicKey(registrySigning.publicKey));
  put('keys/registry-update.pub', minisignPublicKey(key(FIXED.registryUpdateSeed).publicKey));
  put('keys/registry-age-identity.txt', `${FIXED.registryAgeIdentity}\n`);
  put('keys/office-age-identity.txt', `${FIXED.officeAgeIdentity}\n`);

  // Sync package: one child, one photo, the institution, one deletion.
  const childId = '019a0000-0000-7000-8000-0000000000c1';
  const photoId = '019a0000-0000-7000-8000-0000000000f1';
  const records = [
    {
      type: 'child', seq: 1, at: FIXED.createdAt, op: 'create',
      data: {
        id: childId, admissionNo: 'CH-2026-001', name: 'सुनीता कुमारी', aliases: ['Sunita'], sex: 'female', dob: null, ageYears: 11, ageEstimated: true,
        fatherName: null, motherName: null, guardianName: null, address: { village: 'Rampur', policeStation: null, district: 'Patna', state: 'Bihar', pin: null },
        category: 'CNCP', admittedAt: FIXED.createdAt, referredBy: null, orderNo: null, identificationMarks: null, languages: ['Hindi'], heightCm: null, weightKg: null,
        dischargedOn: null, createdAt: FIXED.createdAt, updatedAt: FIXED.createdAt,
      },
    },
    { type: 'photo', seq: 2, at: FIXED.createdAt, data: { id: photoId, childId, mime: 'image/png', width: 2, height: 3, sha256: sha256(PHOTO), createdAt: FIXED.createdAt }, bytes: PHOTO.toString('base64') },
    { type: 'setting', seq: 3, at: FIXED.createdAt, op: 'create', key: 'institution', data: { name: 'Government Children’s Home, Patna', type: 'childrens-home', registrationNo: '', state: 'Bihar', district: 'Patna', address: '' } },
    { type: 'tombstone', seq: 5, at: FIXED.createdAt, entity: 'photo', id: photoId },
  ];
  const syncBinding: Omit<SyncManifest, 'counts' | 'entries'> = {
    format: FORMAT_VERSION, kind: 'sync', packageId: '019a0000-0000-7000-8000-0000000000a1', createdAt: FIXED.createdAt,
    origin: { officeId: FIXED.officeId, deviceId: FIXED.deviceId, keyId: keyIdOf(office.publicKey) }, audience: FIXED.registryId,
    seq: 1, prev: GENESIS, journal: { from: 1, to: 5 }, app: { version: '0.1.0', schema: 3 }, baseSnapshot: null, recipients: [registryRecipient], announce: null,
  };
  const syncPlain = headerLine(syncBinding) + records.map((r) => `${canonicalJson(r)}\n`).join('');
  await putPackage(put, storedCiphertext('sync'), 'sync', syncPlain, [registryRecipient], (digest) => sealManifest({ ...syncBinding, counts: { child: 1, photo: 1, setting: 1, tombstone: 1 }, entries: [{ name: 'payload.age', ...digest }] } satisfies SyncManifest, office));

  const syncManifestSha = sha256(files.get('sync/manifest.json')!);
  const receiptBinding: Omit<ReceiptManifest, 'entries'> = {
    format: FORMAT_VERSION, kind: 'receipt', packageId: '019a0000-0000-7000-8000-0000000000b1', createdAt: FIXED.createdAt,
    origin: { registryId: FIXED.registryId, keyId: keyIdOf(registrySigning.publicKey) }, audience: FIXED.officeId,
    ack: { packageId: syncBinding.packageId, seq: 1, manifestSha256: syncManifestSha, journalTo: 5 }, recipients: [officeRecipient],
  };
  const receiptPlain = headerLine(bindingOf({ ...receiptBinding, entries: [] }));
  await putPackage(put, storedCiphertext('receipt'), 'receipt', receiptPlain, [officeRecipient], (digest) => sealManifest({ ...receiptBinding, entries: [{ name: 'payload.age', ...digest }] } satisfies ReceiptManifest, registrySigning));

  const officePub = files.get('keys/office.pub')!;
  put('enrollment/office.pub', officePub);
  const enrollment: EnrollmentManifest = {
    format: FORMAT_VERSION, kind: 'enrollment', packageId: '019a0000-0000-7000-8000-0000000000e1', createdAt: FIXED.createdAt,
    origin: { officeId: FIXED.officeId, deviceId: FIXED.deviceId, keyId: keyIdOf(office.publicKey) },
    office: { name: 'Government Children’s Home, Patna', type: 'childrens-home', state: 'Bihar', district: 'Patna' },
    keys: { signing: { keyId: keyIdOf(office.publicKey), publicKey: b64(office.publicKey) }, recipient: officeRecipient },
    app: { version: '0.1.0', schema: 3 }, entries: [{ name: 'office.pub', size: officePub.length, sha256: sha256(officePub) }],
  };
  putSealed(put, 'enrollment', sealManifest(enrollment, office));

  const rootPub = files.get('keys/registry-root.pub')!;
  put('trust/root.pub', rootPub);
  const trust: TrustManifest = {
    format: FORMAT_VERSION, kind: 'trust', packageId: '019a0000-0000-7000-8000-0000000000d1', createdAt: FIXED.createdAt, expiresAt: '2027-05-27T10:00:00.000Z',
    origin: { registryId: FIXED.registryId, keyId: keyIdOf(root.publicKey) }, version: 1,
    registry: {
      registryId: FIXED.registryId, name: 'State Child Protection Registry (test)',
      root: { keyId: keyIdOf(root.publicKey), publicKey: b64(root.publicKey) },
      signing: [{ keyId: keyIdOf(registrySigning.publicKey), publicKey: b64(registrySigning.publicKey) }], recipient: registryRecipient,
    },
    offices: [{ officeId: FIXED.officeId, name: 'Government Children’s Home, Patna', signing: [{ keyId: keyIdOf(office.publicKey), publicKey: b64(office.publicKey), status: 'active' }], recipient: officeRecipient }],
    revoked: [], entries: [{ name: 'root.pub', size: rootPub.length, sha256: sha256(rootPub) }],
  };
  putSealed(put, 'trust', sealManifest(trust, root));

  updateVector(put, key(FIXED.registryUpdateSeed));

  await snapshotVector({
    files, signing: registrySigning, officeRecipient, registryId: FIXED.registryId, createdAt: FIXED.createdAt,
    putPackage: (dir, plaintext, recipients, seal) => putPackage(put, storedCiphertext(dir), dir, plaintext, recipients, seal),
  });
  return files;
}

type Put = (name: string, data: string | Buffer) => void;

/** An update bundle (docs/formats/update.md) for a stand-in Linux AppImage, signed with the update key. */
function updateVector(put: Put, updateKey: SigningKey): void {
  const installer = Buffer.from('Homeward 0.2.0: a stand-in for the AppImage in the update vector\n');
  const name = 'Homeward-0.2.0.AppImage';
  const yml = Buffer.from(updateInfoYaml({ version: '0.2.0', installerName: name, releaseDate: FIXED.createdAt, ...digestBytes(installer) }));
  const manifest: UpdateManifest = {
    format: UPDATE_FORMAT, kind: 'update', product: PRODUCT_ID, version: '0.2.0', minimumVersion: '0.1.0', platform: 'linux', target: 'appimage', createdAt: FIXED.createdAt,
    origin: { registryId: FIXED.registryId, keyId: keyIdOf(updateKey.publicKey) },
    installer: { name, ...digestBytes(installer) }, updateInfo: { name: 'latest-linux.yml', ...digestBytes(yml) },
    releaseNotes: { en: 'Printed case files.', hi: 'छपी हुई केस फ़ाइलें।' },
  };
  const sealed = sealUpdate(manifest, updateKey);
  put(`update/${name}`, installer);
  put('update/latest-linux.yml', yml);
  put('update/update.json', sealed.json);
  put('update/update.json.minisig', sealed.signature);
}

function putSealed(put: Put, dir: string, sealed: { manifest: Buffer; signature: string }): void {
  put(`${dir}/manifest.json`, sealed.manifest);
  put(`${dir}/manifest.json.minisig`, sealed.signature);
}

/** payload.ndjson is exact; payload.age is one valid encryption of it (checked by decrypting). */
async function putPackage(
  put: Put,
  stored: Buffer | null,
  dir: string,
  plaintext: string,
  recipients: string[],
  seal: (d: { size: number; sha256: string }) => { manifest: Buffer; signature: string },
) {
  const e = new Encrypter();
  for (const r of recipients) e.addRecipient(r);
  const ciphertext = stored ?? Buffer.from(await e.encrypt(plaintext));
  put(`${dir}/payload.ndjson`, plaintext);
  put(`${dir}/payload.age`, ciphertext);
  putSealed(put, dir, seal({ size: ciphertext.length, sha256: sha256(ciphertext) }));
}

if (process.argv.includes('--write')) {
  for (const [name, data] of await buildVectors()) {
    mkdirSync(dirname(join(VECTORS_DIR, name)), { recursive: true });
    writeFileSync(join(VECTORS_DIR, name), data);
  }
}
