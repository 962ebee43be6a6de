import { isMainThread } from 'node:worker_threads';
import { startLanguageServer } from 'langium/lsp';
import { NodeFileSystem } from 'langium/node';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { createPactoServices } from './pacto-module.js';
import { registerContractRequests } from './lsp/contract-requests.js';
import { registerPactoRequests } from './lsp/requests.js';

// The transport comes from the command line: `--stdio` for any LSP editor, `--node-ipc` from VS Code.
// Only on the main thread: the simulator's worker threads load this same bundle to run replications.
if (isMainThread) {
    const connection = createConnection(ProposedFeatures.all);
    const { shared } = createPactoServices({ connection, ...NodeFileSystem });
    // Custom requests before listening (startLanguageServer listens): see language/lsp/requests.ts.
    registerPactoRequests(connection, shared);
    registerContractRequests(connection, shared);
    startLanguageServer(shared);
}
