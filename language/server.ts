import { startLanguageServer } from 'langium/lsp';
import { NodeFileSystem } from 'langium/node';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { createPactoServices } from './pacto-module.js';
import { registerPactoRequests } from './lsp/requests.js';

// The transport comes from the command line: `--stdio` for any LSP editor, `--node-ipc` from VS Code.
const connection = createConnection(ProposedFeatures.all);
const { shared } = createPactoServices({ connection, ...NodeFileSystem });
// Custom requests before listening (startLanguageServer listens): `pacto/previewDeadlines`, `pacto/listCategories`.
registerPactoRequests(connection, shared);
startLanguageServer(shared);
