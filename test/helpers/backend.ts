/** A real backend on a real encrypted database in a temp folder, for integration tests. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createBackend } from '../../src/main/backend';
import type { BackendOptions } from '../../src/main/backend-types';
import type { PdfEngine } from '../../src/main/printing/pdf-engine';
import type { InputOf, MethodName, OutputOf } from '../../src/shared/api/contract';
import type { ApiErrorShape } from '../../src/shared/api/errors';

export const ADMIN = { username: 'asha', password: 'correct horse battery' };

export const INSTITUTION = {
  name: 'Government Children’s Home for Boys, Test',
  type: 'childrens-home' as const,
  registrationNo: 'CCI/TEST/001',
  state: 'Bihar',
  district: 'Patna',
  address: '',
};

export async function makeBackend(opts: { now?: () => Date; dataDir?: string; installUpdate?: BackendOptions['installUpdate']; pdfEngine?: PdfEngine } = {}) {
  const dataDir = opts.dataDir ?? mkdtempSync(join(tmpdir(), 'homeward-test-'));
  const backend = await createBackend({ dataDir, resourcesDir: process.cwd(), now: opts.now, installUpdate: opts.installUpdate, pdfEngine: opts.pdfEngine, log: () => undefined });
  let session: string | undefined;

  async function raw<M extends MethodName>(method: M, input: InputOf<M>, token = session) {
    return backend.dispatch({ method, input, session: token }, 'direct');
  }
  async function call<M extends MethodName>(method: M, input: InputOf<M>, token = session): Promise<OutputOf<M>> {
    const res = await raw(method, input, token);
    if (!res.ok) throw Object.assign(new Error(`${method}: ${res.error.code} ${res.error.message}`), { api: res.error });
    return res.result as OutputOf<M>;
  }
  async function fail<M extends MethodName>(method: M, input: InputOf<M>, token = session): Promise<ApiErrorShape> {
    const res = await raw(method, input, token);
    if (res.ok) throw new Error(`${method} was expected to fail but succeeded`);
    return res.error;
  }
  async function setup() {
    const { recoveryKey } = await call('setup.create', { institution: INSTITUTION, admin: { username: ADMIN.username, displayName: 'Asha Verma', password: ADMIN.password } });
    return recoveryKey;
  }
  async function login(username = ADMIN.username, password = ADMIN.password) {
    const s = await call('auth.login', { username, password });
    session = s.sessionToken;
    return s;
  }
  return { backend, dataDir, call, fail, raw, setup, login, get session() { return session; }, set session(v) { session = v; } };
}

export function childInput(overrides: Record<string, unknown> = {}) {
  return {
    admissionNo: 'CH-2026-001',
    name: 'सुनीता कुमारी',
    aliases: ['Sunita', 'Munni'],
    sex: 'female' as const,
    dob: null,
    ageYears: 11,
    ageEstimated: true,
    fatherName: 'रामेश्वर प्रसाद',
    motherName: null,
    guardianName: null,
    address: { village: 'Rampur', policeStation: 'Danapur', district: 'patna', state: 'BIHAR', pin: '801503' },
    category: 'CNCP' as const,
    admittedAt: '2026-10-01T06:30:00.000Z',
    referredBy: 'Childline 1098',
    orderNo: 'CWC/PAT/2026/114',
    identificationMarks: 'mole on left cheek',
    languages: ['Hindi', 'Bhojpuri'],
    heightCm: 132,
    weightKg: 27.5,
    ...overrides,
  };
}
