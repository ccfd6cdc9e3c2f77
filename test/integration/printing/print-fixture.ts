/**
 * A backend with what every printed form needs: a letterhead in Hindi and English, and a
 * child recorded in Devanagari with a photo. One Chromium serves a whole test file.
 */
import { chromiumEngine } from '../../../src/main/printing/chromium-engine';
import type { PdfEngine } from '../../../src/main/printing/pdf-engine';
import { childInput, makeBackend } from '../../helpers/backend';
import { makePortraitPng } from '../../e2e/support/png';

export const LETTERHEAD = {
  nameLocal: 'राजकीय बालिका गृह, पटना',
  addressLocal: 'गायघाट, पटना — 800007',
  phone: '0612-2345678',
  email: 'cci.patna@example.in',
  logo: null,
};

export function devanagariChild(overrides: Record<string, unknown> = {}) {
  return childInput({
    name: 'सुनीता कुमारी',
    aliases: ['मुन्नी', 'Sunita'],
    fatherName: 'रामेश्वर प्रसाद',
    motherName: 'गीता देवी',
    address: { village: 'रामपुर', policeStation: 'दानापुर', district: 'Patna', state: 'Bihar', pin: '801503' },
    referredBy: 'चाइल्डलाइन 1098',
    identificationMarks: 'बाएँ गाल पर तिल; दाहिने हाथ पर जलने का निशान',
    languages: ['हिन्दी', 'भोजपुरी'],
    ...overrides,
  });
}

export async function printingBackend(engine: PdfEngine, now?: () => Date) {
  const t = await makeBackend({ pdfEngine: engine, now });
  await t.setup();
  await t.login();
  await t.call('settings.updateLetterhead', LETTERHEAD);
  const child = await t.call('children.admit', devanagariChild());
  await t.call('children.addPhoto', { childId: child.id, mime: 'image/png', dataBase64: makePortraitPng(160).toString('base64') });
  return { t, child };
}

export const sharedEngine = () => chromiumEngine();
