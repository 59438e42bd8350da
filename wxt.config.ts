import preact from '@preact/preset-vite';
import ts from 'typescript';
import type { Plugin } from 'vite';
import { defineConfig } from 'wxt';

/**
 * Content scripts run every rule on each keystroke but never show a rule's words
 * themselves; the texts and sources of ~200 rules are most of the bundle. For the
 * content-script build only, this strips `texts`, `sources` and `materials` from each
 * `defineRule({...})` and empties the source tables (keys stay, for the rule tables
 * that are indexed by them); the background sends the words once as a catalog
 * (rules/engine/run.ts: evaluate() + describe()).
 */
function stripRuleWords(): Plugin {
  const RULE_MODULE = /\/rules\/(?:national|materials|provinces)\/(?:[^/]+\/)*(?!_)[^/]+(?<!\.test)\.ts$/;
  const SOURCE_TABLES = /\/rules\/(?:sources|provinces\/_sources)\.ts$/;
  const WORDS = new Set(['texts', 'sources', 'materials']);
  return {
    name: 'beian-precheck:strip-rule-words',
    enforce: 'pre',
    transform(code, id) {
      const isSourceTable = SOURCE_TABLES.test(id);
      if (!RULE_MODULE.test(id) && !isSourceTable) return undefined;
      const file = ts.createSourceFile(id, code, ts.ScriptTarget.Latest, true);
      const cuts: [number, number, string][] = [];
      const visit = (node: ts.Node) => {
        if (isSourceTable && ts.isObjectLiteralExpression(node) && node.properties.some((p) => ts.isPropertyAssignment(p) && p.name.getText(file) === 'url')) {
          cuts.push([node.getStart(file), node.end, '{}']);
          return;
        }
        if (ts.isCallExpression(node) && node.expression.getText(file) === 'defineRule' && node.arguments[0] && ts.isObjectLiteralExpression(node.arguments[0])) {
          for (const property of node.arguments[0].properties) {
            if (ts.isPropertyAssignment(property) && WORDS.has(property.name.getText(file))) {
              const end = code[property.end] === ',' ? property.end + 1 : property.end;
              cuts.push([property.getStart(file), end, '']);
            }
          }
        }
        ts.forEachChild(node, visit);
      };
      visit(file);
      if (cuts.length === 0) return undefined;
      let out = code;
      for (const [start, end, replacement] of cuts.sort((a, b) => b[0] - a[0])) out = out.slice(0, start) + replacement + out.slice(end);
      return { code: out, map: null };
    },
  };
}

export default defineConfig({
  // The design card keeps top-level names to a fixed list: static files live under assets/.
  publicDir: 'assets/public',
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [preact()],
    // Vite's modulepreload polyfill calls fetch(); the extension must contain no network API at all.
    build: { modulePreload: { polyfill: false }, sourcemap: process.env.BEIAN_SOURCEMAP === '1' },
  }),
  hooks: {
    'vite:build:extendConfig': (entrypoints, config) => {
      if (entrypoints.some((entrypoint) => entrypoint.type === 'content-script')) {
        config.plugins = [stripRuleWords(), ...(config.plugins ?? [])];
      }
    },
  },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
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
