import { createApp } from 'vue';
import App from './App.vue';
import './console.css';

createApp(App).mount('#app');
