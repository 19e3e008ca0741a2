import { fileURLToPath } from 'node:url';
import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';
import { precompiledMessages, vueI18nTreeShaking } from '../web/build/vite-plugins.ts';

export default defineConfig({
  // Served by the API under /admin/ (apps/api/src/app.ts); the reader owns /.
  base: '/admin/',
  plugins: [vue(), vueI18nTreeShaking(), precompiledMessages()],
  resolve: {
    alias: {
      '@locales': fileURLToPath(new URL('../../locales', import.meta.url)),
      // See build/postcss-stub.js and shared/src/markdown/README.md ("Speed and size").
      postcss: fileURLToPath(new URL('./build/postcss-stub.js', import.meta.url)),
    },
  },
  define: {
    __VUE_OPTIONS_API__: 'false',
    __VUE_I18N_LEGACY_API__: 'false',
    __VUE_I18N_FULL_INSTALL__: 'false',
    __INTLIFY_PROD_DEVTOOLS__: 'false',
    __INTLIFY_DROP_MESSAGE_COMPILER__: 'true',
  },
  server: {
    host: '127.0.0.1',
    port: 5174,
    proxy: { '/api': 'http://127.0.0.1:8080' },
  },
  preview: {
    host: '127.0.0.1',
    port: 4174,
    proxy: { '/api': 'http://127.0.0.1:8080' },
  },
});
