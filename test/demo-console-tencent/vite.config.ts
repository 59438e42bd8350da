import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';

// The Tencent demo console: a replica of Tencent Cloud's PC filing wizard built with Tea
// (tea-component, React, inside this demo only) under the console's class prefix `app-beian`.
// `npm run build:demo` → .output/demo-console-tencent/, served by the e2e harness at
// https://console.cloud.tencent.com/beian/manage/ through request interception. Everything
// comes from node_modules: the build needs no network.
const root = fileURLToPath(new URL('.', import.meta.url));

/** Tea's stylesheet names its parts `.tea-…`; the console renames the prefix (ConfigProvider classPrefix), so does its CSS here. */
const teaPrefix = (): Plugin => ({
  name: 'tea-prefix',
  transform(code, id) {
    return id.includes('tea-component') && id.endsWith('.css') ? code.replace(/\.tea-/g, '.app-beian-') : undefined;
  },
});

/** `react-dom` → src/react-dom-compat.ts (React DOM plus the findDOMNode Tea needs), except inside that file. */
const compat = fileURLToPath(new URL('./src/react-dom-compat.ts', import.meta.url));
const reactDomCompat = (): Plugin => ({
  name: 'react-dom-compat',
  enforce: 'pre',
  resolveId(source, importer) {
    return source === 'react-dom' && importer !== compat ? compat : undefined;
  },
});

export default defineConfig({
  root,
  // Absolute asset URLs under the console's mount: the pages live at deeper paths (/beian/manage/process/<orderId>/…).
  base: '/beian/manage/',
  // Production JSX even when a test run (NODE_ENV=test) builds it (test/e2e/global-setup.ts).
  oxc: { jsx: { runtime: 'automatic', importSource: 'react', development: false } },
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  plugins: [reactDomCompat(), teaPrefix()],
  build: {
    outDir: fileURLToPath(new URL('../../.output/demo-console-tencent', import.meta.url)),
    emptyOutDir: true,
    chunkSizeWarningLimit: 4096,
    sourcemap: false,
  },
  logLevel: 'warn',
});
