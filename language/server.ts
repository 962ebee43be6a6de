#!/usr/bin/env node
import { setFlagsFromString } from 'node:v8';
import { startLanguageServer } from 'langium/lsp';
import { NodeFileSystem } from 'langium/node';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { hostAssets } from './assets.js';
import { followClientLanguage } from './lsp/client-language.js';
import { createPactoServices } from './pacto-module.js';
import { registerRequests } from './requests/index.js';

// Each keystroke's build leaves the previous tree (tens of MiB for a large contract) to the collector. V8 lets
// the heap grow to up to 4x what survived its last full collection before collecting again: 335 MiB resident
// after five edits of 20,000 lines, for 65 MiB alive. Growing by half instead keeps it near 200 MiB for the
// server CPU per edit within the noise (bench/lsp/RESULTS.md, issue 14). The flag is read at each collection, so it
// applies though set after start.
setFlagsFromString('--heap-growing-percent=50');

// The transport comes from the command line: `--stdio` for any LSP editor, `--node-ipc` from VS Code.
const connection = createConnection(ProposedFeatures.all);
const { shared, Pacto } = createPactoServices({ connection, ...NodeFileSystem });
// Messages in the client's display language, or the `pacto.language` setting (lsp/client-language.ts).
void followClientLanguage(shared, Pacto);
// Custom requests before listening (startLanguageServer listens): see language/requests/. The simulation
// worker, chart.js and the fonts are found from this bundle's folder (dist/language), never by the runtime.
registerRequests(connection, shared, hostAssets(__dirname));
startLanguageServer(shared);
