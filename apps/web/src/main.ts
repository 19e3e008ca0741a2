import { createApp } from 'vue';
import App from './App.vue';
import { applyStoredTextSize } from './composables/use-text-size';
import { install as installI18n } from './modules/i18n';
import { install as installPwa } from './modules/pwa';
import { install as installRouter, router } from './modules/router';
import './styles/base.css';

applyStoredTextSize();
const app = createApp(App);
const i18nReady = installI18n(app);
installRouter(app);
installPwa(app);
// Mounted once the language is loaded and the first page resolved (its code and messages): the first paint
// shows the page, not the layout around an empty page that then fills in.
void Promise.all([i18nReady, router.isReady().catch(() => undefined)]).then(() => app.mount('#app'));
