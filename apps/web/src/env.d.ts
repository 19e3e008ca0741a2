/// <reference types="vite/client" />

import type fr from '../../../locales/fr.json';

type FrenchMessages = typeof fr;

// French is the source: every `t('…')` key is checked against locales/fr.json.
declare module 'vue-i18n' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  export interface DefineLocaleMessage extends FrenchMessages {}
}

declare module 'vue-router' {
  interface RouteMeta {
    /** The page shows messages beyond the shell's (modules/i18n.ts PAGE_AREAS). */
    pageMessages?: boolean;
  }
}
