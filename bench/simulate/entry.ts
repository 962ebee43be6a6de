// What the simulation bench needs from the sources, bundled by run.mjs (its worker threads run the bundle of
// runtime/simulate/worker.ts, built beside it).
export * from '../../runtime/simulate/index.js';
export { loadContract } from '../../cli/contract-loader.js';
