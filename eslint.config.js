// ESLint flat config for `npm run lint` (a stage of `npm run test:all`). ESLint only looks for
// its config at the project root, hence this file beside package.json.
//
// typescript-eslint's recommended rules without type information (a type-aware lint would
// repeat `tsc --noEmit` and take several times as long on CI's 2 cores), and
// eslint-plugin-regexp's recommended rules with every super-linear regex an error: page text is
// untrusted and can be huge, and the rules run on the console's main thread on every key press.
import js from '@eslint/js';
import regexp from 'eslint-plugin-regexp';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Browser-side modules and folders that `rules/` (the pure core, also run by the CLI in Node) must not import. */
const NOT_IN_RULES = [
  { group: ['wxt', 'wxt/*', '#imports', '@wxt-dev/*'], message: 'rules/ is the pure core: no WXT imports.' },
  { group: ['webextension-polyfill', 'webextension-polyfill/*'], message: 'rules/ is the pure core: no extension APIs.' },
  { group: ['preact', 'preact/*'], message: 'rules/ is the pure core: no UI.' },
  { regex: '(^|/)(components|entrypoints)(/|$)', message: 'rules/ must not import from components/ or entrypoints/ (they import rules/, never the reverse).' },
];

/** DOM and extension globals: `tsconfig.json` includes the DOM library for every folder, so tsc does not stop rules/ using them. */
const DOM_GLOBALS = [
  'window',
  'document',
  'navigator',
  'location',
  'history',
  'localStorage',
  'sessionStorage',
  'HTMLElement',
  'Element',
  'Node',
  'NodeList',
  'MutationObserver',
  'CustomEvent',
  'customElements',
  'getComputedStyle',
  'requestAnimationFrame',
  'chrome',
  'browser',
].map((name) => ({ name, message: 'rules/ is the pure core: no DOM or extension globals; the adapter reads the page and passes a form.' }));

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', '.bench/**', 'test-results/**', '**/*.vue'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  regexp.configs['flat/recommended'],
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      // Quadratic (or worse) regexes are errors wherever they are: the review timed 30k characters at seconds.
      'regexp/no-super-linear-backtracking': 'error',
      'regexp/no-super-linear-move': 'error',
      'regexp/no-misleading-capturing-group': 'error',
      'regexp/no-misleading-unicode-character': 'error',
      // A leading underscore marks a deliberately unused binding: a destructured field dropped
      // from a copy (`{ zh: _zh, ...rest }`), a type-level check (`const _typed: T = …`), a
      // callback parameter kept for its position.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      // A `let` that a callback reads before its one assignment stays a `let` (the content
      // script's runtime: the extension can go away before the runtime has started).
      'prefer-const': ['error', { ignoreReadBeforeAssign: true }],
      // Stylistic regexp rules, off. They only respell a pattern with the same meaning
      // (`[0-9]` → `\d`, `[A-Za-z0-9_]` → `\w`, `[A-Za-z]` → the `i` flag, `(a|b)` → `[ab]`,
      // `(…)` → `(?:…)` when no group is read). The project spells the character sets of the
      // published formats out (package names, e-mail, phone numbers) so that a reader can
      // compare them with the source, and capture groups are used for readability in `test()`.
      'regexp/prefer-d': 'off',
      'regexp/prefer-w': 'off',
      'regexp/use-ignore-case': 'off',
      'regexp/prefer-character-class': 'off',
      'regexp/no-unused-capturing-group': 'off',
      'regexp/no-useless-non-capturing-group': 'off',
      'regexp/optimal-quantifier-concatenation': 'off',
      'regexp/optimal-lookaround-quantifier': 'off',
    },
  },
  {
    // The boundary of the pure core (rules/README.md): nothing from the DOM, WXT, the
    // extension APIs, components/ or entrypoints/.
    files: ['rules/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', { patterns: NOT_IN_RULES }],
      'no-restricted-globals': ['error', ...DOM_GLOBALS],
    },
  },
);
