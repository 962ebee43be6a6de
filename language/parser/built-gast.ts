import type { RecordedGrammar } from './recorded-gast.js';

/**
 * The grammar as Chevrotain records it, for the bundles: esbuild.mjs replaces this module with the recording it
 * makes at build time (record-grammar.ts). Run from the sources (the tests), the parser records it at each start.
 */
export const BUILT_GAST: RecordedGrammar | undefined = undefined;
