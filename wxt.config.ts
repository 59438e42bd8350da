import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

export default defineConfig({
  // The design card keeps top-level names to a fixed list: static files live under assets/.
  publicDir: 'assets/public',
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [preact()],
    // Vite's modulepreload polyfill calls fetch(); the extension must contain no network API at all.
    build: {
      modulePreload: { polyfill: false },
      sourcemap: process.env.BEIAN_SOURCEMAP === '1',
      // BEIAN_MINIFY=0 keeps function names readable in browser CPU profiles.
      ...(process.env.BEIAN_MINIFY === '0' ? { minify: false } : {}),
    },
  }),
  hooks: {
    'build:manifestGenerated': (_wxt, manifest) => {
      // The rules come as a content script of their own, listed after each console's script in
      // the same entry. Chrome and Firefox run one entry's files in order, in one isolated world
      // (sandbox) whose globals they share, so the console's script has sent its first read to
      // the background before the rules are evaluated (10–40 ms), and page-engine.js has left
      // its judge (PAGE_ENGINE_SLOT) long before the first findings come back and loadJudge looks
      // for it. No web-accessible file (any page of the consoles' hosts could load one, and so
      // tell that the extension is installed) and no import() of a computed URL (AMO's linter
      // flags it).
      for (const script of manifest.content_scripts ?? []) script.js = [...(script.js ?? []), 'page-engine.js'];
    },
  },
  manifest: ({ browser, command }) => ({
    name: '__MSG_extName__',
    // The service worker and the side panel load only the extension's own scripts and can
    // open no connection at all: "no network code" held by the browser, not only by the
    // build's scan. (WXT converts it to Firefox's MV2 string.) Not in `wxt` dev mode, whose
    // reload socket needs a connection.
    ...(command === 'build'
      ? { content_security_policy: { extension_pages: "script-src 'self'; object-src 'none'; base-uri 'none'; connect-src 'none'; form-action 'none'" } }
      : {}),
    description: '__MSG_extDescription__',
    default_locale: 'zh_CN',
    permissions: browser === 'firefox' ? ['storage'] : ['storage', 'sidePanel'],
    action: { default_title: '__MSG_extActionTitle__' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'beian-precheck@beian-precheck.invalid',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            // data_collection_permissions needs Firefox for Android 142.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
