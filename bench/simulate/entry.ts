// What the simulation bench needs from the sources, bundled by run.mjs (the worker threads run this bundle too).
export * from '../../runtime/simulate/index.js';
export { loadContract } from '../../cli/contract-loader.js';
