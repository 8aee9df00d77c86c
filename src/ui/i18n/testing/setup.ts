import { initReactI18next } from 'react-i18next';
import { i18n } from '../i18n';
import { NAMESPACES } from '../namespaces';
import en from '../locales/en';
import zhCN from '../locales/zh-CN';

// Unit tests run in Node with both languages loaded at once and English on: what they assert is
// the English the app shows (and a test may switch to zh-CN with i18n.changeLanguage).
// Registered with react-i18next too, so components rendered in a test translate without a provider.
await i18n.use(initReactI18next).init({
  resources: { en, 'zh-CN': zhCN },
  lng: 'en',
  supportedLngs: ['en', 'zh-CN'],
  fallbackLng: false,
  ns: NAMESPACES,
  defaultNS: 'common',
  interpolation: { escapeValue: false },
  initAsync: false,
});
