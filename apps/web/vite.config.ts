import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { MESSAGE_PARTS } from './build/message-parts.ts';
import {
  compileHints,
  firstViewTableFile,
  precompiledMessages,
  vueI18nTreeShaking,
} from './build/vite-plugins.ts';

const THEME_COLOR = '#1e3a8a'; // also in index.html and scripts/generate-icons.mjs
const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as {
  version: string;
};

export default defineConfig({
  plugins: [
    vue(),
    vueI18nTreeShaking(),
    precompiledMessages(MESSAGE_PARTS),
    // The entry and the pages: their code runs as soon as they load.
    compileHints(
      (chunk) => chunk.isEntry || /[\\/]src[\\/]pages[\\/]\w+\.vue$/.test(chunk.facadeModuleId ?? ''),
    ),
    firstViewTableFile(),
    VitePWA({
      strategies: 'injectManifest',
      srcDir: 'src/sw',
      filename: 'sw.ts',
      // pwa.ts registers the worker itself (workbox-window, after the first paint).
      injectRegister: false,
      // globPatterns below already lists the icons; this avoids precaching them twice.
      includeManifestIcons: false,
      manifest: {
        id: '/',
        name: 'Repères',
        short_name: 'Repères',
        description: 'Des informations fiables pour vos démarches en France, même hors ligne.',
        lang: 'fr',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        theme_color: THEME_COLOR,
        background_color: '#ffffff',
        icons: [
          { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          { src: '/icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      injectManifest: {
        // The worker is a classic script: no module workers needed, and it runs in every browser.
        rollupFormat: 'iife',
        // The shell, every lazy chunk (pages, the other languages), the icons and the fonts of every script
        // (woff2 only: every browser that runs a service worker reads it): the app opens offline in any
        // language after one visit online. And what each page needs before it paints (first-view.json).
        globPatterns: ['**/*.{html,js,css,svg,png,woff2}', 'first-view.json'],
      },
    }),
  ],
  build: {
    // dist/.vite/manifest.json: which files each page and language needs (the server hints them: apps/api/src/first-view.ts).
    manifest: true,
    // No polyfill of <link rel="modulepreload"> in the main chunk (0.3 KB gzip of the first view): every
    // browser since 2023 (Chrome 66, Firefox 115, Safari 17) has it; an older one only loads those files a
    // little later, when the code imports them.
    modulePreload: { polyfill: false },
    // Fonts stay files, even tiny ones (styles/fonts/endonyms.css): written into a stylesheet, every visit
    // would download them; as files, only a page that uses their letters on a system lacking them does.
    assetsInlineLimit: (file) => (file.endsWith('.woff2') ? false : undefined),
    rolldownOptions: {
      output: {
        codeSplitting: {
          // Everything the entry imports statically (the framework, the layout and home page, the data layer,
          // the French shell messages) in one file, rather than split in up to nine by what lazy pages share:
          // fewer requests before the first paint (six connections at most per server on HTTP/1.1).
          groups: [{ name: 'app', tags: ['$initial'] }],
        },
      },
    },
  },
  resolve: {
    alias: { '@locales': fileURLToPath(new URL('../../locales', import.meta.url)) },
  },
  define: {
    // The shell's version, compared with the oldest the API supports (src/data/http.ts, issue 5 item 5).
    __SHELL_VERSION__: JSON.stringify(version),
    // Composition API only: drops the Options API and vue-i18n's legacy mode from the bundle.
    __VUE_OPTIONS_API__: 'false',
    __VUE_I18N_LEGACY_API__: 'false',
    __VUE_I18N_FULL_INSTALL__: 'false',
    __INTLIFY_PROD_DEVTOOLS__: 'false',
    // Messages are compiled at build time (precompiledMessages).
    __INTLIFY_DROP_MESSAGE_COMPILER__: 'true',
  },
  server: {
    host: '127.0.0.1',
    proxy: { '/api': 'http://127.0.0.1:8080' },
  },
  preview: {
    host: '127.0.0.1',
    proxy: { '/api': 'http://127.0.0.1:8080' },
  },
});
