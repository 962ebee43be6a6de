// What the replay bench needs from the sources, bundled by run.mjs as the shipped CLI bundle is.
export { complianceReport } from '../../runtime/replay/index.js';
export { loadContract } from '../../cli/contract-loader.js';
export { csvBatches } from '../../runtime/replay/csv.js';
export { readHistoryBatches } from '../../runtime/replay/history.js';
