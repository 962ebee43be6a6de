/** Package version, replaced at bundle time by esbuild (see esbuild.mjs). */
declare const PACTO_VERSION: string;
