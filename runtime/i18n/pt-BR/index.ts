/** Everything Pacto writes in pt-BR: the message domains and the documents' and reports' labels. */
import { diagnostics } from './diagnostics.js';
import { editor } from './editor.js';
import { cli } from './cli.js';
import { simulation } from './simulation.js';
import { limits } from './limits.js';
import { integrations } from './integrations.js';
import { requests } from './requests.js';
import { history } from './history.js';
import { imports } from './imports.js';
export { documents } from './documents.js';
export { reports } from './reports.js';

export const domains = { diagnostics, editor, cli, simulation, limits, integrations, requests, history, imports };
