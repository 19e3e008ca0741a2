import { fileURLToPath } from 'node:url';
import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { precompiledMessages, vueI18nTreeShaking } from './build/vite-plugins.ts';

const THEME_COLOR = '#1e3a8a'; // also in index.html and scripts/generate-icons.mjs

export default defineConfig({
  plugins: [
    vue(),
    vueI18nTreeShaking(),
    precompiledMessages(),
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
        // The shell, every lazy chunk (pages, the other languages) and the icons: the app opens offline.
        globPatterns: ['**/*.{html,js,css,svg,png}'],
      },
    }),
  ],
  resolve: {
    alias: { '@locales': fileURLToPath(new URL('../../locales', import.meta.url)) },
  },
  define: {
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
