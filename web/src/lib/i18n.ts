import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './locales/en';
import { id } from './locales/id';

export type Language = 'id' | 'en';
const KEY = 'layanan.bahasa';

declare module 'i18next' {
  interface CustomTypeOptions {
    resources: { translation: typeof id };
  }
}

/** Bahasa Indonesia unless the user switched to English (remembered on this device). */
export function startI18n(): void {
  const stored = localStorage.getItem(KEY);
  const lng: Language = stored === 'en' ? 'en' : 'id';
  void i18next.use(initReactI18next).init({
    lng,
    fallbackLng: 'id',
    resources: { id: { translation: id }, en: { translation: en } },
    interpolation: { escapeValue: false },
  });
  document.documentElement.lang = lng;
}

export function switchLanguage(): void {
  const next: Language = i18next.language === 'en' ? 'id' : 'en';
  localStorage.setItem(KEY, next);
  document.documentElement.lang = next;
  void i18next.changeLanguage(next);
}

export function language(): Language {
  return i18next.language === 'en' ? 'en' : 'id';
}
