/**
 * i18next set up once, before the first render. The chosen language is remembered on this
 * computer (localStorage) and mirrored to <html lang> so screen readers and fonts follow it.
 */
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en';
import { hi } from './hi';

export const LANGUAGES = [
  { code: 'en', name: 'English' },
  { code: 'hi', name: 'हिन्दी' },
] as const;
export type Language = (typeof LANGUAGES)[number]['code'];

const STORAGE_KEY = 'homeward.language';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof en };
  }
}

function stored(): Language {
  const v = localStorage.getItem(STORAGE_KEY);
  return v === 'hi' ? 'hi' : 'en';
}

export async function initI18n(): Promise<void> {
  const lng = stored();
  document.documentElement.lang = lng;
  await i18next.use(initReactI18next).init({
    resources: { en: { translation: en }, hi: { translation: hi } },
    lng,
    fallbackLng: 'en',
    // React escapes text itself; escaping here would double-escape names with & or <.
    interpolation: { escapeValue: false },
    returnNull: false,
  });
}

export function setLanguage(lng: Language): void {
  localStorage.setItem(STORAGE_KEY, lng);
  document.documentElement.lang = lng;
  void i18next.changeLanguage(lng);
}
