import { startLanguageServer } from 'langium/lsp';
import { NodeFileSystem } from 'langium/node';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { hostAssets } from './assets.js';
import { createPactoServices } from './pacto-module.js';
import { registerRequests } from './requests/index.js';

// The transport comes from the command line: `--stdio` for any LSP editor, `--node-ipc` from VS Code.
const connection = createConnection(ProposedFeatures.all);
const { shared } = createPactoServices({ connection, ...NodeFileSystem });
// Custom requests before listening (startLanguageServer listens): see language/requests/. The simulation
// worker, chart.js and the fonts are found from this bundle's folder (dist/language), never by the runtime.
registerRequests(connection, shared, hostAssets(__dirname));
startLanguageServer(shared);
