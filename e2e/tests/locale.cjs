// Tests of a Spanish or Brazilian user's editor, run by e2e/harness in a code-server whose display language is
// PACTO_E2E_LANGUAGE (es, pt-br) with `pacto.language` set to the same language (e2e/run.sh): the manifest
// from package.nls.<lang>.json, the extension's messages from l10n/bundle.l10n.<lang>.json, the server's
// diagnostics and hovers from the catalogue (runtime/i18n), and the compliance report in its panel.
'use strict';
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { COMPLIANCE_EXAMPLE, HOVER, LANGUAGE_OF_DISPLAY, UNKNOWN_CALENDAR } = require('./expected-messages.cjs');

module.exports = async function register({ vscode, env, test, afterAll, log }) {
    const display = env.PACTO_E2E_LANGUAGE;
    const language = LANGUAGE_OF_DISPLAY[display];
    assert.ok(language && language !== 'en', `PACTO_E2E_LANGUAGE is ${display}, not es or pt-br`);
    const workspace = env.PACTO_E2E_WORKSPACE;
    const open = async (name) => vscode.workspace.openTextDocument(vscode.Uri.file(path.join(workspace, name)));
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
    // A localized manifest's command title is {value, original}: the display language's and the English one.
    const shownTitle = (title) => (typeof title === 'string' ? title : title.value);
    const tabLabels = () => vscode.window.tabGroups.all.flatMap((g) => g.tabs).map((t) => t.label);
    const errors = (uri) => vscode.languages.getDiagnostics(uri).filter((d) => d.severity === vscode.DiagnosticSeverity.Error);
    const markdownOf = (hovers) =>
        (hovers ?? [])
            .flatMap((h) => h.contents)
            .map((c) => (typeof c === 'string' ? c : c.value))
            .join('\n');

    let ext;
    let api;
    /** The installed extension's translations, as VS Code should have loaded them. */
    const bundle = (file) => JSON.parse(fs.readFileSync(path.join(ext.extensionPath, file), 'utf8'));
    const nls = () => bundle(`package.nls.${display}.json`);
    const l10n = (message, ...args) => bundle(`l10n/bundle.l10n.${display}.json`)[message].replace(/\{(\d+)\}/g, (_, i) => String(args[Number(i)]));

    test(`VS Code runs in ${display} and the extension activates`, async () => {
        ext = vscode.extensions.getExtension('pacto.pacto');
        assert.equal(vscode.env.language, display);
        assert.ok(ext, 'extension pacto.pacto is not installed');
        await vscode.window.showTextDocument(await open('imolko.pacto'));
        await waitFor('activation', () => ext.isActive);
        api = ext.exports;
        await waitFor('a running client', () => api?.client?.isRunning());
        assert.equal(vscode.workspace.getConfiguration('pacto').get('language'), language);
        return `display language ${vscode.env.language}, pacto.language ${language}`;
    });

    test(`command titles, settings and the walkthrough are in ${display} (package.nls.${display}.json)`, async () => {
        const manifest = ext.packageJSON.contributes;
        const expected = nls();
        assert.deepEqual(
            manifest.commands.map((c) => shownTitle(c.title)),
            ['simulate', 'previewDeadlines', 'export', 'openPreview', 'complianceReport', 'newContract', 'showOutput', 'restartServer'].map((id) => expected[`command.${id}.title`]),
        );
        const simulate = { es: 'Simular escenario…', 'pt-br': 'Simular cenário…' }[display];
        assert.equal(shownTitle(manifest.commands[0].title), simulate);
        const setting = manifest.configuration.properties['pacto.language'];
        assert.equal(setting.markdownDescription, expected['config.language.description']);
        assert.deepEqual(setting.enumDescriptions, ['auto', 'en', 'es', 'pt-BR'].map((l) => expected[`config.language.${l}`]));
        assert.equal(manifest.walkthroughs[0].title, expected['walkthrough.title']);
        return manifest.commands.map((c) => shownTitle(c.title)).join(' | ');
    });

    test(`diagnostics are in ${language}`, async () => {
        const doc = await open('broken.pacto');
        await vscode.commands.executeCommand('vscode.executeDocumentSymbolProvider', doc.uri);
        const message = () => errors(doc.uri).map((d) => d.message)[0];
        await waitFor(`the diagnostic in ${language} (now: ${message()})`, () => message() === UNKNOWN_CALENDAR[language]).catch(() => {
            throw new Error(`expected ${JSON.stringify(UNKNOWN_CALENDAR[language])}, got ${JSON.stringify(message())}`);
        });
        return message();
    });

    test(`a target's hover is in ${language}`, async () => {
        const doc = await open('features.pacto');
        const source = doc.getText();
        const position = doc.positionAt(source.indexOf('resolution within 4 business hours') + 2);
        const text = markdownOf(await vscode.commands.executeCommand('vscode.executeHoverProvider', doc.uri, position));
        assert.ok(text.includes('command:pacto.previewDeadlines?'), 'the hover links to the deadline preview');
        const english = text.match(HOVER[language].english);
        assert.equal(english, null, `English left in the hover: ${english?.[0]}\n${text}`);
        assert.match(text, HOVER[language].weekday);
        return text.replace(/\s+/g, ' ').slice(0, 200);
    });

    test(`the extension's own messages are in ${display} (l10n/bundle.l10n.${display}.json)`, async () => {
        const doc = await open('imolko.pacto');
        const shown = await vscode.commands.executeCommand('pacto.openPreview', doc.uri.toString(), 'ZenkiuSupport');
        assert.ok(shown?.html, 'no preview');
        const title = l10n('Preview: {0}', 'ZenkiuSupport');
        assert.equal(title, { es: 'Vista previa: ZenkiuSupport', 'pt-br': 'Pré-visualização: ZenkiuSupport' }[display]);
        await waitFor(`the tab "${title}" (tabs: ${tabLabels().join(', ')})`, () => tabLabels().includes(title));
        return title;
    });

    test(`the compliance report opens in its panel, titled in ${display}`, async () => {
        const example = COMPLIANCE_EXAMPLE[display];
        const doc = await open(example.file);
        const tickets = path.join(workspace, 'history', example.history);
        const result = await vscode.commands.executeCommand('pacto.complianceReport', doc.uri.toString(), { tickets });
        assert.ok(result?.json, 'no report (see the Pacto output)');
        assert.equal(result.json.contract, example.contract);
        assert.equal(result.json.periods.length, 3);
        const title = l10n('Compliance: {0}', example.contract);
        await waitFor(`the tab "${title}" (tabs: ${tabLabels().join(', ')})`, () => tabLabels().includes(title));
        return title;
    });

    // For the screenshots: the contract with the typo and the Problems panel.
    afterAll(async () => {
        await vscode.commands.executeCommand('workbench.action.closeAllEditors');
        const doc = await open('broken.pacto');
        const editor = await vscode.window.showTextDocument(doc, { preview: false });
        const position = doc.positionAt(doc.getText().indexOf('Escritoria'));
        editor.selection = new vscode.Selection(position, position);
        await vscode.commands.executeCommand('workbench.actions.view.problems');
        await vscode.window.showTextDocument(doc, { preview: false });
        log('ready for the screenshot');
    });
};
