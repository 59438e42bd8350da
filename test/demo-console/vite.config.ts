import { fileURLToPath } from 'node:url';
import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

// The demo console: a replica of Huawei's ICP filing wizard built with TinyVue.
// `npm run build:demo` → .output/demo-console/, served by the e2e harness and `npm run demo`
// at https://console.huaweicloud.com/beian/ through request interception.
const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  // Relative asset URLs: the build works under /beian/, /icp/ or / alike.
  base: './',
  plugins: [vue()],
  build: {
    outDir: fileURLToPath(new URL('../../.output/demo-console', import.meta.url)),
    emptyOutDir: true,
    chunkSizeWarningLimit: 4096,
    sourcemap: false,
  },
  logLevel: 'warn',
});
