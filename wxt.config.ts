import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

/** The origins of the pages content scripts match (`https://console.example.com/icp*` → `https://console.example.com/*`), in order, once each. */
function consoleOrigins(matches: readonly string[]): string[] {
  return [...new Set(matches.map((pattern) => pattern.replace(/^([a-z*]+:\/\/[^/]+)\/.*$/, '$1/*')))];
}

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
    'build:manifestGenerated': (wxt, manifest) => {
      if (wxt.config.browser === 'firefox') {
        // Firefox: the rules come as a content script of their own, listed after each console's
        // script in the same entry. Firefox runs one entry's files in order, in one sandbox whose
        // globals they share, so the console's script has sent its first read to the background
        // before the rules are evaluated (10–40 ms), and page-engine.js has left its judge
        // (PAGE_ENGINE_SLOT) long before the first findings come back and loadJudge looks for it.
        // No web-accessible file and no import() of a computed URL, which AMO's linter flags.
        for (const script of manifest.content_scripts ?? []) script.js = [...(script.js ?? []), 'page-engine.js'];
        return;
      }
      const pageEngine = manifest.web_accessible_resources?.find((entry) => typeof entry === 'object' && entry.resources.includes('page-engine.js'));
      if (!pageEngine || typeof pageEngine !== 'object' || !('matches' in pageEngine)) return;
      pageEngine.matches = consoleOrigins((manifest.content_scripts ?? []).flatMap((script) => script.matches ?? []));
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
      : {
          // The rules the content script imports once its first findings are shown
          // (components/engine-client/hybrid.ts). Chrome takes whole origins here:
          // any page of the consoles' hosts could load the file (and so tell that the
          // extension is installed); nothing else can. Firefox lists the rules as a content script (hooks below).
          // The origins are filled in from the content scripts once WXT has built them (hooks below).
          web_accessible_resources: [{ resources: ['page-engine.js'], matches: [] }],
        }),
  }),
});
