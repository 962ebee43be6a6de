import { isMainThread } from 'node:worker_threads';
import { startLanguageServer } from 'langium/lsp';
import { NodeFileSystem } from 'langium/node';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { loadChartJs } from '../runtime/index.js';
import { createPactoServices } from './pacto-module.js';
import { registerRequests } from './requests/index.js';

// The transport comes from the command line: `--stdio` for any LSP editor, `--node-ipc` from VS Code.
// Only on the main thread: the simulator's worker threads load this same bundle to run replications.
if (isMainThread) {
    const connection = createConnection(ProposedFeatures.all);
    const { shared } = createPactoServices({ connection, ...NodeFileSystem });
    // Custom requests before listening (startLanguageServer listens): see language/requests/.
    registerRequests(connection, shared, { chartJs: loadChartJs });
    startLanguageServer(shared);
}
