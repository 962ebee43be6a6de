import { startLanguageServer } from 'langium/lsp';
import { NodeFileSystem } from 'langium/node';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { hostAssets } from './assets.js';
import { followClientLanguage } from './lsp/client-language.js';
import { createPactoServices } from './pacto-module.js';
import { registerRequests } from './requests/index.js';

// The transport comes from the command line: `--stdio` for any LSP editor, `--node-ipc` from VS Code.
const connection = createConnection(ProposedFeatures.all);
const { shared, Pacto } = createPactoServices({ connection, ...NodeFileSystem });
// Messages in the client's display language, or the `pacto.language` setting (lsp/client-language.ts).
void followClientLanguage(shared, Pacto);
// Custom requests before listening (startLanguageServer listens): see language/requests/. The simulation
// worker, chart.js and the fonts are found from this bundle's folder (dist/language), never by the runtime.
registerRequests(connection, shared, hostAssets(__dirname));
startLanguageServer(shared);
