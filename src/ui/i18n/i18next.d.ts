import type en from './locales/en';

// Typed keys: `t('search:trials.title')` compiles only when English has that key.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: typeof en;
    returnNull: false;
  }
}
