import { createApp } from 'vue';
import App from './App.vue';
import { afterNextPaint, whenSettled } from './composables/after-paint';
import { startFormats } from './composables/use-format';
import { applyStoredTextSize } from './composables/use-text-size';
import { restoreStylesheetLinks } from './data/snapshot-styles';
import { applyKnownEndonymFont, enableEndonymFont } from './modules/endonym-font';
import { install as installI18n, shareLanguageWithWorker } from './modules/i18n';
import { install as installPwa, startBackground } from './modules/pwa';
import { install as installRouter, router } from './modules/router';
import './styles/base.css';

function boot(): void {
  // Before any page's code is asked for: the loader looks for the stylesheets already linked.
  restoreStylesheetLinks();
  applyStoredTextSize();
  applyKnownEndonymFont();
  const app = createApp(App);
  const i18nReady = installI18n(app);
  installRouter(app);
  installPwa(app);
  // Mounted once the language is loaded and the first page resolved (its code, messages, font and, for a
  // fiche, its content: modules/router.ts), all fetched side by side: the first paint shows the page, not
  // the layout around an empty page that then fills in (and moves when the font arrives).
  void Promise.all([i18nReady, router.isReady().catch(() => undefined)]).then(() => {
    // A page snapshot stays inert (data/snapshots.ts) until the live page replaces it, in this same task.
    document.getElementById('app')?.removeAttribute('inert');
    app.mount('#app');
    // Once this first page is painted, (on a first visit: modules/endonym-font.ts) the font of the Ge'ez
    // letters of a language's name: it may move the names beside it, so as early as it can be.
    afterNextPaint(enableEndonymFont);
    // Once it has settled (a fiche draws its sections over many frames after its first paint), what the
    // reader does not wait for and what would otherwise take a share of a phone's few cores from those
    // frames: the worker that formats dates and amounts (they show on the first page, only a moment later),
    // the service worker, the packs' sync.
    whenSettled(() => {
      startFormats();
      startBackground();
      shareLanguageWithWorker();
    });
  });
}

// A page snapshot (data/snapshots.ts) is already in the page: let the browser paint it before the app's
// setup takes the main thread.
if (document.getElementById('app')?.firstElementChild) afterNextPaint(boot);
else boot();
