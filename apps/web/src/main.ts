import { createApp } from 'vue';
import App from './App.vue';
import { applyStoredTextSize } from './composables/use-text-size';
import { install as installI18n } from './modules/i18n';
import { install as installPwa } from './modules/pwa';
import { install as installRouter } from './modules/router';
import './styles/base.css';

applyStoredTextSize();
const app = createApp(App);
const i18nReady = installI18n(app);
installRouter(app);
installPwa(app);
void i18nReady.then(() => app.mount('#app'));
