import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// The Aliyun demo console: a replica of Alibaba Cloud's ICP filing wizard built with Ant Design
// (React, inside this demo only). `npm run build:demo` → .output/demo-console-aliyun/, served by
// the e2e harness and `npm run demo -- --console aliyun` at https://beian.aliyun.com/pcContainer/
// through request interception. Everything comes from node_modules: the build needs no network.
const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  // Relative asset URLs: the build works under /pcContainer/ or / alike.
  base: './',
  // JSX is React's here (the extension's own JSX is Preact's: tsconfig.json); each .tsx also says so.
  oxc: { jsx: { runtime: 'automatic', importSource: 'react' } },
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  build: {
    outDir: fileURLToPath(new URL('../../.output/demo-console-aliyun', import.meta.url)),
    emptyOutDir: true,
    chunkSizeWarningLimit: 4096,
    sourcemap: false,
    rollupOptions: {
      // antd marks its modules "use client" (for React server components): meaningless in this bundle.
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
    },
  },
  logLevel: 'warn',
});
