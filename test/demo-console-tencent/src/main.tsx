/** @jsxImportSource react */
import { createRoot } from 'react-dom/client';
import { ConfigProvider } from 'tea-component';
import 'tea-component/lib/tea.css';
import { App } from './App';
import './console.css';

createRoot(document.getElementById('container')!).render(
  // The filing console's class prefix (app-beian-input, app-beian-text-weak, …).
  <ConfigProvider classPrefix="app-beian">
    <App />
  </ConfigProvider>,
);
