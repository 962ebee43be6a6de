// Tests run inside a real VS Code extension host (code-server) by e2e/harness/extension.js.
// They drive the installed Pacto extension through the public vscode API only, as a user's editor would.
// A test that finds a feature missing (no capability, no custom request) fails, naming the feature.
'use strict';
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { UNKNOWN_CALENDAR } = require('./expected-messages.cjs');

const OPENED = '2026-03-06T17:30:00-03:00';

module.exports = async function register({ vscode, env, test: registerTest, afterAll, log }) {
    // Which test is running, so a server crash can be traced to what triggered it.
    let current = '(setup)';
    const test = (name, fn) => registerTest(name, () => ((current = name), fn()));
    const stops = [];
    const workspace = env.PACTO_E2E_WORKSPACE;
    assert.ok(workspace, 'PACTO_E2E_WORKSPACE is not set');
    const fileUri = (name) => vscode.Uri.file(path.join(workspace, name));
    const open = async (name) => vscode.workspace.openTextDocument(fileUri(name));
    let api;

    /** A feature the extension or server should have and does not: a failure, never a skip. */
    const missing = (reason) => {
        throw new Error(`missing feature: ${reason}`);
    };

    /** Position of the `nth` (0-based) occurrence of `text` in the document, plus `offset` characters. */
    const at = (doc, text, { nth = 0, offset = 0 } = {}) => {
        const source = doc.getText();
        let index = -1;
        for (let i = 0; i <= nth; i++) {
            index = source.indexOf(text, index + 1);
            assert.notEqual(index, -1, `"${text}" (#${nth}) not found in ${path.basename(doc.uri.fsPath)}`);
        }
        return doc.positionAt(index + offset);
    };
    const lineOf = (doc, text, nth = 0) => at(doc, text, { nth }).line;

    const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
    async function waitFor(what, probe, timeoutMs = 20_000) {
        const deadline = Date.now() + timeoutMs;
        for (;;) {
            const value = await probe();
            if (value) return value;
            if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
            await sleep(100);
        }
    }
    const problems = (uri, severities = [vscode.DiagnosticSeverity.Error, vscode.DiagnosticSeverity.Warning]) =>
        vscode.languages.getDiagnostics(uri).filter((d) => severities.includes(d.severity));
    const flattenSymbols = (symbols) => (symbols ?? []).flatMap((s) => [s, ...flattenSymbols(s.children)]);
    const markdownOf = (hovers) =>
        (hovers ?? [])
            .flatMap((h) => h.contents)
            .map((c) => (typeof c === 'string' ? c : c.value))
            .join('\n');
    /** Closes a document's editor without saving (no "save changes?" dialog). */
    async function discard(doc) {
        await vscode.window.showTextDocument(doc, { preview: false });
        await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
    const capabilities = () => api?.client?.initializeResult?.capabilities ?? {};

    /** Sends a custom request; a server without it fails the test with the request's name. */
    async function customRequest(method, params) {
        try {
            return await api.client.sendRequest(method, params);
        } catch (error) {
            if (error && error.code === -32601) missing(`the server does not implement ${method} yet`);
            throw error;
        }
    }

    // ------------------------------------------------------------------------------------------------ setup

    test('the extension activates on a .pacto file and starts its server', async () => {
        const ext = vscode.extensions.getExtension('pacto.pacto');
        assert.ok(ext, 'extension pacto.pacto is not installed');
        const doc = await open('imolko.pacto');
        assert.equal(doc.languageId, 'pacto');
        await vscode.window.showTextDocument(doc);
        await waitFor('activation', () => ext.isActive);
        api = ext.exports;
        await waitFor('a running client', () => api?.client?.isRunning());
        // State 1 is Stopped: the server exited (the restart test stops it on purpose).
        api.client.onDidChangeState((e) => e.newState === 1 && stops.push(current));
        assert.ok(capabilities().textDocumentSync, 'server reported no capabilities');
        return `server capabilities: ${Object.keys(capabilities()).sort().join(', ')}`;
    });

    test('contributed commands and settings are registered', async () => {
        const commands = await vscode.commands.getCommands(true);
        const ids = ['pacto.previewDeadlines', 'pacto.restartServer', 'pacto.simulate', 'pacto.export', 'pacto.openPreview', 'pacto.complianceReport', 'pacto.newContract', 'pacto.showOutput'];
        for (const id of ids) assert.ok(commands.includes(id), `${id} missing`);
        const config = vscode.workspace.getConfiguration('pacto');
        assert.equal(config.get('inlayHints.enabled'), true);
        assert.equal(config.get('trace.server'), 'off');
        assert.equal(config.inspect('simulation.runs').defaultValue, 200);
        assert.equal(typeof config.get('simulation.runs'), 'number');
        assert.equal(config.get('simulation.seed'), 1);
        assert.deepEqual(config.get('preview.openings'), []);
        assert.equal(config.get('language'), 'auto');
        // The English display language takes package.nls.json.
        const titles = vscode.extensions.getExtension('pacto.pacto').packageJSON.contributes.commands.map((c) => (typeof c.title === 'string' ? c.title : c.title.value));
        assert.ok(titles.includes('Compliance report from ticket history…'), titles.join(' | '));
    });

    // ------------------------------------------------------------------------------------------ diagnostics

    test('examples/imolko.pacto has no errors or warnings', async () => {
        const doc = await open('imolko.pacto');
        // A request the server answers only once the document is built; then give diagnostics time to land.
        await vscode.commands.executeCommand('vscode.executeDocumentSymbolProvider', doc.uri);
        await sleep(1500);
        assert.deepEqual(problems(doc.uri).map((d) => `${d.range.start.line + 1}: ${d.message}`), []);
    });

    test('every example opens without errors or warnings', async () => {
        const examples = fs.readdirSync(workspace).filter((f) => /^(imolko|helpdesk-br|internal-it|saas-hosting)\.pacto$/.test(f)).sort();
        assert.equal(examples.length, 4, `examples in the workspace: ${examples.join(', ')}`);
        for (const name of examples) {
            const doc = await open(name);
            await vscode.commands.executeCommand('vscode.executeDocumentSymbolProvider', doc.uri);
            await sleep(300);
            assert.deepEqual(problems(doc.uri).map((d) => `${name}:${d.range.start.line + 1}: ${d.message}`), []);
        }
        return examples.join(', ');
    });

    test('a misspelled calendar reference is reported on its line, with a suggestion', async () => {
        const doc = await open('broken.pacto');
        const line = lineOf(doc, 'default calendar Escritoria');
        const diagnostic = await waitFor('the linking error', () =>
            problems(doc.uri, [vscode.DiagnosticSeverity.Error]).find((d) => d.range.start.line === line),
        );
        assert.match(diagnostic.message, /Escritoria/);
        assert.equal(doc.getText(diagnostic.range), 'Escritoria');
        assert.equal(problems(doc.uri).length, 1, 'only the typo should be reported');
        return diagnostic.message;
    });

    test('a syntax error is reported', async () => {
        const doc = await open('syntax-error.pacto');
        const diagnostic = await waitFor('the parse error', () => problems(doc.uri, [vscode.DiagnosticSeverity.Error])[0]);
        assert.ok(diagnostic.range.start.line >= 1 && diagnostic.range.start.line <= 2, `error on line ${diagnostic.range.start.line + 1}`);
        return diagnostic.message;
    });

    test('untitled Pacto documents are served too', async () => {
        const doc = await vscode.workspace.openTextDocument({ language: 'pacto', content: 'contract Draft {\n  provider\n}\n' });
        try {
            await waitFor('a diagnostic on the untitled document', () => problems(doc.uri, [vscode.DiagnosticSeverity.Error]).length > 0);
        } finally {
            await discard(doc);
        }
    });

    test('fixing the typo in the editor clears the diagnostic', async () => {
        const doc = await open('broken.pacto');
        const editor = await vscode.window.showTextDocument(doc);
        const start = at(doc, 'Escritoria', { nth: 0 });
        const range = new vscode.Range(start, start.translate(0, 'Escritoria'.length));
        assert.ok(await editor.edit((e) => e.replace(range, 'Escritorio')));
        await waitFor('no errors', () => problems(doc.uri).length === 0);
        // Undo (without saving) so the screenshot shows the error again.
        await vscode.commands.executeCommand('undo');
        await waitFor('the error again', () => problems(doc.uri).length === 1);
    });

    // -------------------------------------------------------------------------------------- editor features

    test('document symbols outline contracts, calendars, categories and objectives', async () => {
        const doc = await open('imolko.pacto');
        const symbols = await vscode.commands.executeCommand('vscode.executeDocumentSymbolProvider', doc.uri);
        assert.ok(symbols?.length, 'no symbols');
        assert.match(symbols[0].name, /ZenkiuSupport/);
        const names = flattenSymbols(symbols).map((s) => s.name);
        for (const name of ['Oficina', 'Critica', 'Grave', 'Menor', 'RespuestaATiempo', 'ResolucionATiempo']) {
            assert.ok(names.some((n) => n === name || n.startsWith(`${name} `) || n.includes(name)), `${name} missing from ${names.join(', ')}`);
        }
        return `${names.length} symbols`;
    });

    test('hover on a category reference describes the category', async () => {
        const doc = await open('features.pacto');
        const position = at(doc, 'escalation for Critical', { offset: 'escalation for '.length + 2 });
        const hovers = await vscode.commands.executeCommand('vscode.executeHoverProvider', doc.uri, position);
        const text = markdownOf(hovers);
        // Its name and display name at least (Langium's default hover would show only the doc comment).
        assert.match(text, /Critical/);
        assert.match(text, /Critical failure|Service down for every user/);
        return text.replace(/\s+/g, ' ').slice(0, 160);
    });

    test('hover on a target links to the deadline preview, and the client trusts that command', async () => {
        const doc = await open('features.pacto');
        const position = at(doc, 'resolution within 4 business hours', { offset: 2 });
        const hovers = await vscode.commands.executeCommand('vscode.executeHoverProvider', doc.uri, position);
        const contents = (hovers ?? []).flatMap((h) => h.contents).filter((c) => typeof c !== 'string');
        const linking = contents.find((c) => c.value.includes('command:pacto.previewDeadlines?'));
        if (!linking) missing('the hover has no command link to pacto.previewDeadlines');
        const trusted = linking.isTrusted === true || linking.isTrusted?.enabledCommands?.includes('pacto.previewDeadlines');
        assert.ok(trusted, `the hover's command links would be inert: isTrusted = ${JSON.stringify(linking.isTrusted)}`);
        const [, query] = linking.value.match(/command:pacto\.previewDeadlines\?([^\s)"]+)/);
        const args = JSON.parse(decodeURIComponent(query));
        assert.equal(args.length, 4);
        assert.deepEqual(args.slice(0, 3), [doc.uri.toString(), 'Demo', 'Critical']);
        assert.match(args[3], /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/, 'opened instant');
        return `${contents.length} sections, ${linking.value.split('command:pacto.previewDeadlines?').length - 1} preview links`;
    });

    test('completion inside a category offers its clauses', async () => {
        const doc = await open('features.pacto');
        const blank = lineOf(doc, 'priority 3') + 1;
        assert.equal(doc.lineAt(blank).text.trim(), '', 'fixture: the line after `priority 3` must be blank');
        const position = new vscode.Position(blank, doc.lineAt(blank).text.length);
        const list = await vscode.commands.executeCommand('vscode.executeCompletionItemProvider', doc.uri, position);
        const labels = (list?.items ?? []).map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
        for (const keyword of ['response', 'resolution']) assert.ok(labels.includes(keyword), `${keyword} not in ${labels.join(', ')}`);
        return `${labels.length} items`;
    });

    test('completion of a calendar reference offers the declared calendars', async () => {
        const doc = await open('features.pacto');
        const position = at(doc, 'default calendar Office', { offset: 'default calendar '.length });
        const list = await vscode.commands.executeCommand('vscode.executeCompletionItemProvider', doc.uri, position);
        const labels = (list?.items ?? []).map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
        assert.ok(labels.includes('Office'), `Office not in ${labels.join(', ')}`);
    });

    test('go to definition jumps from a reference to the declaration', async () => {
        const doc = await open('features.pacto');
        const position = at(doc, 'escalation for Critical', { offset: 'escalation for '.length + 1 });
        const locations = await vscode.commands.executeCommand('vscode.executeDefinitionProvider', doc.uri, position);
        assert.equal(locations?.length, 1, `got ${JSON.stringify(locations)}`);
        const target = locations[0];
        const uri = target.targetUri ?? target.uri;
        const range = target.targetSelectionRange ?? target.targetRange ?? target.range;
        assert.equal(uri.toString(), doc.uri.toString());
        assert.equal(range.start.line, lineOf(doc, 'category Critical'));
    });

    test('find references lists the declaration and every use', async () => {
        const doc = await open('features.pacto');
        const declaration = at(doc, 'category Critical', { offset: 'category '.length + 1 });
        const locations = await vscode.commands.executeCommand('vscode.executeReferenceProvider', doc.uri, declaration);
        const lines = [...new Set((locations ?? []).map((l) => l.range.start.line))].sort((a, b) => a - b);
        const expected = [lineOf(doc, 'category Critical'), lineOf(doc, 'for Critical, Minor'), lineOf(doc, 'escalation for Critical')];
        for (const line of expected) assert.ok(lines.includes(line), `line ${line + 1} missing from ${lines.map((l) => l + 1)}`);
        for (const l of locations) assert.equal(doc.getText(l.range), 'Critical');
    });

    test('rename changes the declaration and every reference, not display strings', async () => {
        const doc = await open('features.pacto');
        const position = at(doc, 'category Critical', { offset: 'category '.length + 2 });
        if (!capabilities().renameProvider) missing('the server advertises no rename provider');
        const prepared = await vscode.commands.executeCommand('vscode.prepareRename', doc.uri, position);
        const preparedRange = prepared?.range ?? prepared;
        assert.ok(preparedRange, 'prepareRename returned nothing');
        assert.equal(doc.getText(preparedRange), 'Critical');
        const edit = await vscode.commands.executeCommand('vscode.executeDocumentRenameProvider', doc.uri, position, 'Urgent');
        const edits = edit.get(doc.uri);
        for (const e of edits) assert.equal(e.newText, 'Urgent');
        const key = (p) => `${p.line + 1}:${p.character + 1}`;
        const expected = [
            at(doc, 'category Critical', { offset: 'category '.length }),
            at(doc, 'for Critical, Minor', { offset: 'for '.length }),
            at(doc, 'escalation for Critical', { offset: 'escalation for '.length }),
        ];
        assert.deepEqual(edits.map((e) => key(e.range.start)).sort(), expected.map(key).sort());
        for (const e of edits) assert.equal(doc.getText(e.range), 'Critical');
    });

    test('format document fixes indentation and is idempotent', async () => {
        if (!capabilities().documentFormattingProvider) missing('the server advertises no formatter');
        const doc = await open('unformatted.pacto');
        const options = { tabSize: 2, insertSpaces: true };
        const edits = await vscode.commands.executeCommand('vscode.executeFormatDocumentProvider', doc.uri, options);
        assert.ok(edits?.length, 'the formatter proposed no edit for a badly laid out file');
        const workspaceEdit = new vscode.WorkspaceEdit();
        workspaceEdit.set(doc.uri, edits);
        assert.ok(await vscode.workspace.applyEdit(workspaceEdit));
        const indent = (text) => doc.lineAt(lineOf(doc, text)).text.match(/^ */)[0].length;
        assert.equal(indent('contract'), 0);
        assert.equal(indent('provider'), 2);
        assert.equal(indent('category'), 2);
        assert.equal(indent('priority 1'), 4);
        assert.equal(indent('time zone'), 4);
        await sleep(500);
        assert.deepEqual(problems(doc.uri, [vscode.DiagnosticSeverity.Error]), [], 'formatting introduced errors');
        const again = await vscode.commands.executeCommand('vscode.executeFormatDocumentProvider', doc.uri, options);
        assert.equal(again?.length ?? 0, 0, `not idempotent: ${JSON.stringify(again)}`);
        await discard(doc);
    });

    test('inlay hints appear, and follow the pacto.inlayHints.enabled setting', async () => {
        if (!capabilities().inlayHintProvider) missing('the server advertises no inlay hints');
        const doc = await open('imolko.pacto');
        const range = new vscode.Range(0, 0, doc.lineCount, 0);
        const hints = () => vscode.commands.executeCommand('vscode.executeInlayHintProvider', doc.uri, range);
        const before = await hints();
        assert.ok(before?.length, 'no inlay hint in imolko.pacto');
        const config = vscode.workspace.getConfiguration('pacto');
        await config.update('inlayHints.enabled', false, vscode.ConfigurationTarget.Global);
        try {
            await waitFor('no inlay hints once disabled', async () => (await hints())?.length === 0, 10_000);
        } finally {
            await config.update('inlayHints.enabled', undefined, vscode.ConfigurationTarget.Global);
        }
        await waitFor('inlay hints again', async () => (await hints())?.length === before.length, 10_000);
        const label = (h) => (typeof h.label === 'string' ? h.label : h.label.map((p) => p.value).join(''));
        return `${before.length} hints, e.g. ${label(before[0]).trim()}`;
    });

    // ------------------------------------------------------------------------------------- Pacto commands

    test('code lenses on categories run pacto.previewDeadlines with [uri, contract, category]', async () => {
        if (!capabilities().codeLensProvider) missing('the server advertises no code lenses');
        const doc = await open('imolko.pacto');
        const lenses = await vscode.commands.executeCommand('vscode.executeCodeLensProvider', doc.uri, 100);
        const previews = (lenses ?? []).filter((l) => l.command?.command === 'pacto.previewDeadlines');
        assert.equal(previews.length, 5, `expected one lens per category, got ${previews.length}`);
        const critica = previews.find((l) => l.range.start.line === lineOf(doc, 'category Critica'));
        assert.ok(critica, `no lens on the Critica line: ${previews.map((l) => l.range.start.line + 1)}`);
        const [uri, contract, category] = critica.command.arguments ?? [];
        assert.equal(String(uri), doc.uri.toString());
        assert.equal(contract, 'ZenkiuSupport');
        assert.equal(category, 'Critica');
        return critica.command.title;
    });


    test('pacto/previewDeadlines answers with markdown', async () => {
        const doc = await open('imolko.pacto');
        const result = await customRequest('pacto/previewDeadlines', {
            uri: doc.uri.toString(),
            contract: 'ZenkiuSupport',
            category: 'Critica',
            opened: OPENED,
        });
        assert.equal(typeof result?.markdown, 'string');
        assert.ok(result.markdown.length > 0);
        // The command shows it in a webview and returns it.
        const shown = await vscode.commands.executeCommand('pacto.previewDeadlines', doc.uri.toString(), 'ZenkiuSupport', 'Critica', OPENED);
        assert.equal(shown?.markdown, result.markdown);
        return result.markdown.slice(0, 200);
    });

    // ------------------------------------------------------------------------------ quick fixes, snippets

    test('quick fixes: the suggested name for a typo, the closest zones, swapping the targets', async () => {
        if (!capabilities().codeActionProvider) missing('the server advertises no code actions');
        const broken = await open('broken.pacto');
        const typo = await waitFor('the linking error', () => problems(broken.uri)[0]);
        const typoFixes = await vscode.commands.executeCommand('vscode.executeCodeActionProvider', broken.uri, typo.range, vscode.CodeActionKind.QuickFix.value);
        assert.ok((typoFixes ?? []).some((a) => a.title === "Change to 'Escritorio'"), `fixes: ${(typoFixes ?? []).map((a) => a.title)}`);

        const doc = await open('quick-fixes.pacto');
        await waitFor('two errors', () => problems(doc.uri).length === 2);
        const titles = [];
        // Apply the preferred fix of each error, one at a time (ranges move after an edit).
        for (const code of ['unknown-time-zone', 'response-longer-than-resolution']) {
            const diagnostic = await waitFor(code, () => problems(doc.uri).find((d) => (typeof d.code === 'object' ? d.code.value : d.code) === code));
            const actions = await vscode.commands.executeCommand('vscode.executeCodeActionProvider', doc.uri, diagnostic.range, vscode.CodeActionKind.QuickFix.value);
            const preferred = (actions ?? []).find((a) => a.isPreferred);
            assert.ok(preferred?.edit, `no preferred fix for ${code}: ${(actions ?? []).map((a) => a.title)}`);
            titles.push(preferred.title);
            assert.ok(await vscode.workspace.applyEdit(preferred.edit));
        }
        await waitFor('no errors after the fixes', () => problems(doc.uri).length === 0);
        assert.match(doc.getText(), /time zone "America\/Sao_Paulo"/);
        assert.match(doc.getText(), /response within 30 minutes\n\s+resolution within 8 hours/);
        await discard(doc);
        return titles.join('; ');
    });

    test('snippets for a contract, a calendar, a category and a scenario are offered', async () => {
        const doc = await vscode.workspace.openTextDocument({ language: 'pacto', content: '' });
        try {
            await vscode.window.showTextDocument(doc);
            const list = await vscode.commands.executeCommand('vscode.executeCompletionItemProvider', doc.uri, new vscode.Position(0, 0));
            const snippets = (list?.items ?? []).filter((i) => i.kind === vscode.CompletionItemKind.Snippet).map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
            for (const prefix of ['contract', 'calendar', 'category', 'scenario']) assert.ok(snippets.includes(prefix), `${prefix} not in ${snippets.join(', ')}`);
            return snippets.join(', ');
        } finally {
            await discard(doc);
        }
    });

    // --------------------------------------------------------------------- simulate, export, preview, new

    test('code lenses on scenarios run pacto.simulate with [uri, contract, scenario]', async () => {
        const doc = await open('helpdesk-br.pacto');
        const lenses = await vscode.commands.executeCommand('vscode.executeCodeLensProvider', doc.uri, 100);
        const simulate = (lenses ?? []).filter((l) => l.command?.command === 'pacto.simulate');
        assert.deepEqual(simulate.map((l) => l.command.arguments.slice(1)), [['CosmoDeskCRM', 'MesNormal'], ['CosmoDeskCRM', 'PorCanal'], ['CosmoDeskCRM', 'BlackFriday']]);
        assert.equal(simulate[0].range.start.line, lineOf(doc, 'scenario MesNormal'));
        return simulate.map((l) => l.command.title).join(', ');
    });

    test('Simulate scenario… runs the simulation and opens the report', async () => {
        const doc = await open('helpdesk-br.pacto');
        const result = await vscode.commands.executeCommand('pacto.simulate', doc.uri.toString(), 'CosmoDeskCRM', 'MesNormal', { runs: 20, seed: 7 });
        if (result === undefined) missing('pacto.simulate gave no result (see the Pacto output)');
        assert.match(result.html, /<canvas/);
        assert.ok(result.results && typeof result.results === 'object');
        const tab = await waitFor('the report tab', () =>
            vscode.window.tabGroups.all.flatMap((g) => g.tabs).find((t) => t.label === 'Simulation: MesNormal'),
        );
        // Same seed and runs, same results.
        const again = await vscode.commands.executeCommand('pacto.simulate', doc.uri.toString(), 'CosmoDeskCRM', 'MesNormal', { runs: 20, seed: 7 });
        assert.equal(JSON.stringify(again.results), JSON.stringify(result.results));
        return `${tab.label}; ${JSON.stringify(result.results).length} bytes of results`;
    });

    test('a long simulation stops when its request is cancelled, and the server keeps serving', async () => {
        const doc = await open('helpdesk-br.pacto');
        const source = new vscode.CancellationTokenSource();
        const t0 = Date.now();
        const request = api.client.sendRequest('pacto/simulate', { uri: doc.uri.toString(), contract: 'CosmoDeskCRM', scenario: 'MesNormal', runs: 1_000_000, seed: 1 }, source.token);
        setTimeout(() => source.cancel(), 1000);
        const outcome = await request.then(() => 'finished', (error) => error);
        const ms = Date.now() - t0;
        assert.notEqual(outcome, 'finished', 'a million runs finished before the cancellation');
        assert.ok(ms < 15_000, `cancelled only after ${ms} ms`);
        // Still serving: a short simulation right after.
        const result = await vscode.commands.executeCommand('pacto.simulate', doc.uri.toString(), 'CosmoDeskCRM', 'BlackFriday', { runs: 5, seed: 1 });
        assert.ok(result?.results, 'no simulation after the cancelled one');
        return `cancelled after ${ms} ms (${outcome?.code ?? outcome?.message ?? outcome})`;
    });

    const exportsDir = path.join(workspace, 'exports');
    for (const [format, ext, check] of [
        ['json', 'json', (bytes) => assert.equal(JSON.parse(bytes.toString('utf8')).name, 'ZenkiuSupport')],
        ['pdf', 'pdf', (bytes) => assert.equal(bytes.subarray(0, 5).toString('latin1'), '%PDF-')],
        ['html', 'html', (bytes) => assert.match(bytes.toString('utf8'), /<html[\s\S]*ZenkiuSupport|Zenkiu/)],
        ['markdown', 'md', (bytes) => assert.match(bytes.toString('utf8'), /^#/m)],
    ]) {
        test(`Export contract to ${format.toUpperCase()} writes the file`, async () => {
            const doc = await open('imolko.pacto');
            const target = path.join(exportsDir, `imolko.${ext}`);
            fs.mkdirSync(exportsDir, { recursive: true });
            let written;
            try {
                written = await api.client.sendRequest('pacto/export', { uri: doc.uri.toString(), contract: 'ZenkiuSupport', format });
            } catch (error) {
                if (/not available in this build/.test(String(error?.message))) missing(`export to ${format} is not in this build`);
                throw error;
            }
            assert.equal(written.format, format);
            const result = await vscode.commands.executeCommand('pacto.export', doc.uri.toString(), format, target);
            assert.ok(result, 'the command wrote nothing (see the Pacto output)');
            const bytes = fs.readFileSync(target);
            assert.equal(bytes.length, result.bytes);
            check(bytes);
            // The server must not take the export for a contract (it watches every file of the workspace).
            await sleep(1000);
            assert.deepEqual(vscode.languages.getDiagnostics(vscode.Uri.file(target)).slice(0, 3).map((d) => d.message), []);
            return `${path.basename(target)}: ${bytes.length} bytes`;
        });
    }

    test('Open contract preview shows the contract in a panel', async () => {
        const doc = await open('imolko.pacto');
        let result;
        try {
            result = await api.client.sendRequest('pacto/contractPreview', { uri: doc.uri.toString(), contract: 'ZenkiuSupport' });
        } catch (error) {
            if (/not available in this build/.test(String(error?.message))) missing('the contract preview is not in this build');
            throw error;
        }
        assert.match(result.html, /Zenkiu|ZenkiuSupport/);
        const shown = await vscode.commands.executeCommand('pacto.openPreview', doc.uri.toString(), 'ZenkiuSupport');
        assert.ok(shown?.html);
        await waitFor('the preview tab', () => vscode.window.tabGroups.all.flatMap((g) => g.tabs).find((t) => t.label === 'Preview: ZenkiuSupport'));
        // Typing (no save) updates the preview.
        const edit = new vscode.WorkspaceEdit();
        const line = doc.getText().split('\n').findIndex((l) => l.includes('provider "Imolko C.A."'));
        const column = doc.lineAt(line).text.indexOf('Imolko C.A.');
        edit.replace(doc.uri, new vscode.Range(line, column, line, column + 'Imolko C.A.'.length), 'Imolko Live Edit S.A.');
        assert.ok(await vscode.workspace.applyEdit(edit));
        await waitFor('the preview to show the typed provider', () => /Imolko Live Edit S\.A\./.test(api.lastPreviewHtml ?? ''));
        // Put the example back as it was.
        const undo = new vscode.WorkspaceEdit();
        undo.replace(doc.uri, new vscode.Range(line, column, line, column + 'Imolko Live Edit S.A.'.length), 'Imolko C.A.');
        assert.ok(await vscode.workspace.applyEdit(undo));
        await doc.save();
        return 'updated as the user types';
    });

    test('Compliance report from ticket history… replays history/imolko.csv, shows the report and saves its PDF', async () => {
        const doc = await open('imolko.pacto');
        const tickets = path.join(workspace, 'history', 'imolko.csv');
        const result = await vscode.commands.executeCommand('pacto.complianceReport', doc.uri.toString(), { tickets });
        if (result === undefined) missing('pacto.complianceReport gave no result (see the Pacto output)');
        const report = result.json;
        assert.equal(report.contract, 'ZenkiuSupport');
        assert.deepEqual(report.periods.map((p) => p.start), ['2026-03-01T00:00:00-04:00', '2026-04-01T00:00:00-04:00', '2026-05-01T00:00:00-04:00']);
        const [march] = report.periods;
        assert.deepEqual(
            march.objectives.map((o) => [o.name, o.tickets, o.met]),
            [['RespuestaATiempo', 21, false], ['ResolucionATiempo', 67, false]],
        );
        assert.equal(march.objectives[0].achieved, 16 / 21);
        assert.equal(march.breaches.length, 13);
        assert.deepEqual([march.penalties.amount, march.penalties.currency, march.penalties.percentOfFee], [75, 'USD', 5]);
        // The editor and `pacto report` replay the same history to the same report.
        const cli = JSON.parse(fs.readFileSync(env.PACTO_E2E_EXPECTED_REPORT, 'utf8'));
        assert.deepEqual(JSON.parse(JSON.stringify(report.periods)), cli.periods);
        await waitFor('the report tab', () => vscode.window.tabGroups.all.flatMap((g) => g.tabs).find((t) => t.label === 'Compliance: ZenkiuSupport'));
        // Its "Save as PDF…" link runs the command again with the same files and `pdf`.
        const target = path.join(workspace, 'exports', 'imolko-compliance.pdf');
        fs.mkdirSync(path.dirname(target), { recursive: true });
        const saved = await vscode.commands.executeCommand('pacto.complianceReport', doc.uri.toString(), { tickets, pdf: target });
        assert.ok(saved?.bytes > 1000, `saved ${JSON.stringify(saved?.bytes)} bytes`);
        assert.equal(fs.readFileSync(target).subarray(0, 5).toString('latin1'), '%PDF-');
        // Its "Quarters" link runs the command again with `every`: the same history cut into quarters.
        const quarters = await vscode.commands.executeCommand('pacto.complianceReport', doc.uri.toString(), { tickets, every: 'quarter' });
        assert.deepEqual(
            quarters.json.periods.map((p) => [p.start, p.unit, p.objectives.map((o) => o.tickets)]),
            [['2026-01-01T00:00:00-04:00', 'quarter', [21, 67]], ['2026-04-01T00:00:00-04:00', 'quarter', [31, 77]]],
        );
        return `${report.periods.length} periods, March: ${march.objectives.map((o) => `${o.name} ${o.achieved?.toFixed(3)}`).join(', ')}; PDF ${saved.bytes} bytes; ${quarters.json.periods.length} quarters`;
    });

    test('pacto.language switches the diagnostics to Spanish and Portuguese without a restart', async () => {
        const doc = await open('broken.pacto');
        const message = () => problems(doc.uri, [vscode.DiagnosticSeverity.Error]).map((d) => d.message)[0];
        await waitFor('the English diagnostic', () => message() === UNKNOWN_CALENDAR.en);
        const config = vscode.workspace.getConfiguration('pacto');
        const seen = [];
        try {
            for (const language of ['es', 'pt-BR']) {
                await config.update('language', language, vscode.ConfigurationTarget.Global);
                await waitFor(`the diagnostic in ${language} (now: ${message()})`, () => message() === UNKNOWN_CALENDAR[language], 15_000);
                seen.push(message());
            }
        } finally {
            await config.update('language', undefined, vscode.ConfigurationTarget.Global);
        }
        await waitFor('the English diagnostic again', () => message() === UNKNOWN_CALENDAR.en, 15_000);
        return seen.join(' / ');
    });

    test('New contract writes a starter file that validates cleanly', async () => {
        const target = path.join(workspace, 'new', 'starter.pacto');
        const written = await vscode.commands.executeCommand('pacto.newContract', target);
        assert.ok(written, 'no file written');
        const text = fs.readFileSync(target, 'utf8');
        assert.match(text, /^contract \w+ "/m);
        assert.doesNotMatch(text, /\$\{/);
        const doc = await open(path.join('new', 'starter.pacto'));
        assert.equal(vscode.window.activeTextEditor?.document.uri.fsPath, doc.uri.fsPath);
        await vscode.commands.executeCommand('vscode.executeDocumentSymbolProvider', doc.uri);
        await sleep(500);
        assert.deepEqual(problems(doc.uri).map((d) => `${d.range.start.line + 1}: ${d.message}`), []);
        return `${vscode.env.language} template, ${text.split('\n').length} lines`;
    });

    test('restarting the server keeps the editor served', async () => {
        await vscode.commands.executeCommand('pacto.restartServer');
        await waitFor('a running client', () => api.client?.isRunning());
        const doc = await open('features.pacto');
        const symbols = await vscode.commands.executeCommand('vscode.executeDocumentSymbolProvider', doc.uri);
        assert.ok(symbols?.length, 'no symbols after restart');
        const broken = await open('broken.pacto');
        await waitFor('diagnostics after restart', () => problems(broken.uri).length === 1);
        // The restarted server indexed the workspace again: only .pacto files, not the exports beside them.
        await sleep(500);
        const strays = vscode.languages.getDiagnostics().filter(([uri, list]) => !uri.path.endsWith('.pacto') && list.some((d) => d.source === 'pacto'));
        assert.deepEqual(strays.map(([uri]) => uri.path), []);
    });

    test('the language server never stopped, except when restarted on purpose', async () => {
        await sleep(500);
        const unexpected = stops.filter((name) => !name.startsWith('restarting the server'));
        assert.deepEqual(unexpected, [], `the server stopped (crashed?) during: ${unexpected.join('; ')} — see e2e/out/logs/**/Pacto.log`);
    });

    // Leave the editor as a person would see it for the screenshot: the contract with the typo, the error
    // squiggle under it, and the Problems panel.
    afterAll(async () => {
        for (const doc of vscode.workspace.textDocuments.filter((d) => d.isDirty)) await discard(doc);
        await vscode.commands.executeCommand('workbench.action.closeAllEditors');
        const doc = await open('broken.pacto');
        const editor = await vscode.window.showTextDocument(doc, { preview: false });
        const position = at(doc, 'Escritoria');
        editor.selection = new vscode.Selection(position, position);
        await vscode.commands.executeCommand('workbench.actions.view.problems');
        await vscode.window.showTextDocument(doc, { preview: false });
        log('ready for the screenshot');
    });
};

/**
 * The `run()` contract of @vscode/test-electron's `extensionTestsPath`: the same tests, run in the
 * extension host VS Code started with the extension under development; rejects when any test fails.
 * Used by e2e/electron/run.mjs (`npm run test:electron`); code-server runs them through e2e/harness.
 */
module.exports.run = async function run() {
    const vscode = require('vscode');
    const tests = [];
    let after;
    const lines = [];
    const log = (line) => lines.push(String(line));
    await module.exports({ vscode, env: process.env, log, test: (name, fn) => tests.push({ name, fn }), afterAll: (fn) => (after = fn) });
    const failures = [];
    for (const { name, fn } of tests) {
        const t0 = Date.now();
        try {
            const note = await fn();
            console.log(`PASS ${name} (${Date.now() - t0} ms)${note ? ` — ${String(note).split('\n')[0].slice(0, 160)}` : ''}`);
        } catch (error) {
            failures.push(name);
            console.log(`FAIL ${name}\n${error && error.stack ? error.stack : error}`);
        }
    }
    if (after) await after();
    console.log(`${tests.length - failures.length} passed, ${failures.length} failed`);
    if (failures.length) throw new Error(`${failures.length} failed: ${failures.join('; ')}`);
};
