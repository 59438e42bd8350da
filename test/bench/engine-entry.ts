/**
 * What the engine benchmark times: the rules as the extension bundles them (Vite,
 * `import.meta.glob`, minified), not as tsx runs the sources (its name-keeping helpers
 * wrap every closure and cost a third more). Built by engine-bundle.ts.
 */
export { ALL_RULES } from '../../rules/all-rules';
export { measureEngine } from './engine';
