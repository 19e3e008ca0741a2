import { createApp } from 'vue';
import App from './App.vue';
import { install as installI18n } from './modules/i18n';
import { install as installRouter } from './modules/router';
import './styles/dsfr.css';
import './styles/base.css';
import './styles/fonts.css';

const app = createApp(App);
installI18n(app);
installRouter(app);
app.mount('#app');
