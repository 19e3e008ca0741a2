/// <reference types="vite/client" />

import type fr from '../../../locales/fr.json';

type FrenchMessages = typeof fr;

// French is the source: every `t('…')` key is checked against locales/fr.json.
declare module 'vue-i18n' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  export interface DefineLocaleMessage extends FrenchMessages {}
}
