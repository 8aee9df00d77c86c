/**
 * The translation namespaces: one per part of the app, so each part's words sit in one file per
 * language (locales/<language>/<namespace>.ts).
 */
export const NAMESPACES = [
  'common',
  'layout',
  'builder',
  'experiment',
  'dataset',
  'training',
  'lessons',
  'glossary',
  'search',
  'dashboards',
  'results',
  'saved',
  'shared',
  'problems',
  'catalog',
  'messages',
  'csv',
] as const;
export type Namespace = (typeof NAMESPACES)[number];
