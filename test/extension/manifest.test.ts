import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as protocol from '../../extension/protocol.js';
import * as serverProtocol from '../../language/protocol.js';
import { registerRequests } from '../../language/requests/index.js';
import type { Connection } from 'vscode-languageserver';
import { services } from '../language/pacto-test-services.js';
import { DEFAULTS, MAX_RUNS } from '../../extension/config.js';

// The extension's contributions must agree with what extension/main.ts registers and with the files the
// .vsix ships. These tests read the sources; the real-editor checks are in e2e/ (npm run test:e2e).
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const read = (file: string) => readFileSync(path.join(ROOT, file), 'utf8');
const pkg = JSON.parse(read('package.json'));
const mainSource = read('extension/main.ts');
const inRoot = (file: string) => existsSync(path.join(ROOT, file));

/** Command ids extension/main.ts registers: `register(SomeCommand, …)` with ids from extension/protocol.ts. */
function registeredCommandIds(): string[] {
    const names = [...mainSource.matchAll(/\bregister\(\s*(\w+)\s*,/g)].map((m) => m[1]!);
    return names.map((name) => {
        const id = (protocol as Record<string, unknown>)[name];
        if (typeof id !== 'string') throw new Error(`main.ts registers ${name}, which extension/protocol.ts does not export as a string`);
        return id;
    });
}

/** `1.91.0` from `^1.91.0`, as [major, minor, patch]. */
const version = (range: string) => range.replace(/^[\^~>=]+/, '').split('.').map(Number) as [number, number, number];
const compare = (a: number[], b: number[]) => a.reduce((c, x, i) => c || x - b[i]!, 0);

describe('package.json: extension manifest', () => {
    it('loads the bundled client and activates on Pacto files', () => {
        expect(pkg.main).toBe('./dist/extension/main.cjs');
        expect(pkg.activationEvents).toContain('onLanguage:pacto');
        expect(pkg.publisher).toBe('pacto');
    });

    it('targets a VS Code no newer than the bundled code-server (1.139) and no older than @types/vscode', () => {
        const minimum = version(pkg.engines.vscode);
        expect(compare(minimum, [1, 139, 1])).toBeLessThanOrEqual(0);
        // vsce refuses a package whose @types/vscode is newer than engines.vscode.
        expect(compare(version(pkg.devDependencies['@types/vscode']), minimum)).toBeLessThanOrEqual(0);
        expect(compare(version(pkg.dependencies['vscode-languageclient']), [10, 0, 0])).toBeGreaterThanOrEqual(0);
    });

    it('declares the pacto language for .pacto files, with an existing configuration and icon', () => {
        const [language, ...others] = pkg.contributes.languages;
        expect(others).toEqual([]);
        expect(language.id).toBe('pacto');
        expect(language.extensions).toEqual(['.pacto']);
        expect(inRoot(language.configuration)).toBe(true);
        expect(inRoot(language.icon.light)).toBe(true);
        expect(inRoot(language.icon.dark)).toBe(true);
    });

    it('points the grammar at the generated TextMate file, with the same scope name', () => {
        const [grammar] = pkg.contributes.grammars;
        expect(grammar).toMatchObject({ language: 'pacto', scopeName: 'source.pacto' });
        expect(inRoot(grammar.path)).toBe(true);
        const textMate = JSON.parse(read(grammar.path));
        expect(textMate.scopeName).toBe(grammar.scopeName);
        expect(textMate.patterns.length).toBeGreaterThan(0);
    });

    it('has a PNG extension icon (vsce rejects SVG there)', () => {
        expect(pkg.icon).toMatch(/\.png$/);
        const bytes = readFileSync(path.join(ROOT, pkg.icon));
        expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
    });

    it('contributes the settings the client and the server read', () => {
        const properties = pkg.contributes.configuration.properties;
        expect(Object.keys(properties).sort()).toEqual([
            'pacto.inlayHints.enabled',
            'pacto.preview.openings',
            'pacto.simulation.runs',
            'pacto.simulation.seed',
            'pacto.trace.server',
        ]);
        // The typed config module mirrors the declared defaults.
        expect(properties['pacto.simulation.runs'].default).toBe(DEFAULTS.simulation.runs);
        expect(properties['pacto.simulation.seed'].default).toBe(DEFAULTS.simulation.seed);
        expect(properties['pacto.preview.openings'].default).toEqual(DEFAULTS.preview.openings);
        expect(properties['pacto.simulation.runs'].maximum).toBe(MAX_RUNS);
        expect(properties['pacto.inlayHints.enabled']).toMatchObject({ type: 'boolean', default: true });
        expect(properties['pacto.inlayHints.enabled'].markdownDescription ?? properties['pacto.inlayHints.enabled'].description).toBeTruthy();
        expect(properties['pacto.trace.server']).toMatchObject({ type: 'string', enum: ['off', 'messages', 'verbose'], default: 'off' });
        // The client id must be 'pacto' for vscode-languageclient to follow `pacto.trace.server`, and the
        // synchronized section must be the settings' prefix.
        expect(mainSource).toMatch(/const LANGUAGE_ID = 'pacto';/);
        expect(mainSource).toMatch(/new LanguageClient\(LANGUAGE_ID,/);
        expect(mainSource).toMatch(/configurationSection: LANGUAGE_ID/);
    });

    it('contributes exactly the commands main.ts registers, titled for the palette', () => {
        const contributed = pkg.contributes.commands.map((c: { command: string }) => c.command).sort();
        expect(contributed).toEqual(registeredCommandIds().sort());
        const title = (id: string) => {
            const c = pkg.contributes.commands.find((x: { command: string }) => x.command === id);
            return `${c.category}: ${c.title}`;
        };
        expect(title(protocol.PreviewDeadlinesCommand)).toBe('Pacto: Preview deadlines for a ticket opened at…');
        expect(title(protocol.SimulateCommand)).toBe('Pacto: Simulate scenario…');
        expect(title(protocol.ExportCommand)).toBe('Pacto: Export contract to PDF / JSON / HTML');
        expect(title(protocol.OpenPreviewCommand)).toBe('Pacto: Open contract preview');
        expect(title(protocol.NewContractCommand)).toBe('Pacto: New contract');
        expect(title(protocol.RestartServerCommand)).toBe('Pacto: Restart language server');
        for (const menu of Object.values(pkg.contributes.menus) as Array<Array<{ command: string }>>) {
            for (const entry of menu) expect(contributed).toContain(entry.command);
        }
        const menuCommands = (menu: string) => pkg.contributes.menus[menu].map((e: { command: string }) => e.command);
        for (const id of [protocol.SimulateCommand, protocol.ExportCommand, protocol.OpenPreviewCommand]) {
            expect(menuCommands('editor/title')).toContain(id);
            expect(menuCommands('editor/context')).toContain(id);
        }
    });

    it('activates on the language and on its commands only', () => {
        const commands = pkg.contributes.commands.map((c: { command: string }) => `onCommand:${c.command}`);
        for (const event of pkg.activationEvents) {
            expect(event === 'onLanguage:pacto' || commands.includes(event), event).toBe(true);
        }
        expect(pkg.activationEvents).not.toContain('*');
    });

    it('follows Marketplace conventions and declares its workspace capabilities', () => {
        expect(pkg.displayName).toMatch(/Pacto/);
        expect(pkg.description.length).toBeGreaterThan(20);
        expect(pkg.categories).toEqual(expect.arrayContaining(['Programming Languages', 'Snippets']));
        expect(pkg.keywords.length).toBeGreaterThanOrEqual(3);
        expect(pkg.keywords.length).toBeLessThanOrEqual(30);
        expect(pkg.capabilities.untrustedWorkspaces).toEqual({ supported: true });
        expect(pkg.capabilities.virtualWorkspaces.supported).toBe(false);
        expect(pkg.capabilities.virtualWorkspaces.description).toMatch(/file system/);
        const [snippets] = pkg.contributes.snippets;
        expect(snippets.language).toBe('pacto');
        expect(inRoot(snippets.path)).toBe(true);
    });

    it('starts the bundled server over IPC for file and untitled Pacto documents', () => {
        expect(mainSource).toMatch(/const SERVER_MODULE = 'dist\/language\/server\.cjs';/);
        expect(mainSource).toMatch(/transport: TransportKind\.ipc/);
        expect(mainSource).toMatch(/scheme: 'file', language: LANGUAGE_ID/);
        expect(mainSource).toMatch(/scheme: 'untitled', language: LANGUAGE_ID/);
        expect(mainSource).toMatch(/from 'vscode-languageclient\/node'/);
    });

    it("trusts exactly the preview command in the server's markdown (hover links to it)", () => {
        expect(mainSource).toMatch(/markdown: \{ isTrusted: \{ enabledCommands: \[PreviewDeadlinesCommand\] \}/);
    });

    it('wires the package and e2e scripts', () => {
        expect(pkg.scripts.package).toMatch(/vsce package --no-dependencies .*--out pacto\.vsix/);
        expect(pkg.scripts.package).toMatch(/statSync\('pacto\.vsix'\)/);
        expect(pkg.scripts['test:electron']).toMatch(/run\.mjs/);
        expect(pkg.scripts['test:e2e']).toBe('bash e2e/run.sh');
        expect(pkg.scripts.test).not.toMatch(/e2e/);
    });
});

describe('extension/language-configuration.json', () => {
    const config = JSON.parse(read('extension/language-configuration.json'));
    const pairs = (list: Array<[string, string] | { open: string; close: string }>) =>
        list.map((p) => (Array.isArray(p) ? p.join('') : p.open + p.close));

    it('declares the comment tokens of the language', () => {
        expect(config.comments).toEqual({ lineComment: '//', blockComment: ['/*', '*/'] });
    });

    it('pairs braces and quotes', () => {
        expect(pairs(config.brackets)).toContain('{}');
        expect(pairs(config.autoClosingPairs)).toEqual(expect.arrayContaining(['{}', '""']));
        expect(pairs(config.surroundingPairs)).toEqual(expect.arrayContaining(['{}', '""']));
        const quote = config.autoClosingPairs.find((p: { open: string }) => p.open === '"');
        expect(quote.notIn).toEqual(expect.arrayContaining(['string', 'comment']));
    });

    it('indents after an opening brace and outdents on a closing one', () => {
        const increase = new RegExp(config.indentationRules.increaseIndentPattern);
        const decrease = new RegExp(config.indentationRules.decreaseIndentPattern);
        expect(increase.test('  category Critica "Falla crítica" {')).toBe(true);
        expect(increase.test('  objective X { 90% of resolutions on time per month }')).toBe(false);
        expect(increase.test('  priority 1')).toBe(false);
        expect(decrease.test('  }')).toBe(true);
        expect(decrease.test('  priority 1')).toBe(false);
    });

    it('takes identifiers with accented letters, dates, times and percentages as words', () => {
        const words = 'category Información { at 50% of resolución 2026-12-24 09:00 }'.match(new RegExp(config.wordPattern, 'g'));
        expect(words).toEqual(['category', 'Información', 'at', '50%', 'of', 'resolución', '2026-12-24', '09:00']);
    });
});

describe('extension/protocol.ts', () => {
    it('names the custom requests the client sends', () => {
        expect(protocol.PreviewDeadlinesMethod).toBe('pacto/previewDeadlines');
        expect(protocol.ListCategoriesMethod).toBe('pacto/listCategories');
        expect(mainSource).toMatch(/PreviewDeadlinesMethod/);
        expect(mainSource).toMatch(/ListCategoriesMethod/);
        expect([protocol.ListScenariosMethod, protocol.SimulateMethod, protocol.ExportMethod, protocol.ContractPreviewMethod, protocol.ProgressNotification]).toEqual([
            'pacto/listScenarios',
            'pacto/simulate',
            'pacto/export',
            'pacto/contractPreview',
            'pacto/progress',
        ]);
        for (const name of ['ListScenariosMethod', 'SimulateMethod', 'ExportMethod', 'ContractPreviewMethod', 'ProgressNotification']) {
            expect(mainSource).toContain(name);
        }
    });

    it('the server registers a handler for every custom request of language/protocol.ts', () => {
        const registered: string[] = [];
        const connection = { onRequest: (method: string) => void registered.push(method), sendNotification: () => undefined };
        registerRequests(connection as unknown as Connection, services.shared, { chartJs: () => null });
        const requests = serverProtocol.CUSTOM_METHODS.filter((m) => m !== serverProtocol.ProgressNotification.method);
        expect([...registered].sort()).toEqual([...requests].sort());
    });

    it('accepts ISO 8601 instants with an offset and refuses the rest', () => {
        for (const ok of ['2026-03-06T17:30:00-03:00', '2026-03-06T17:30-03:00', '2026-03-06T20:30:00Z', '2026-02-28T23:59:59.5+05:30']) {
            expect(protocol.validateOpenedInstant(ok), ok).toBeUndefined();
        }
        for (const bad of ['', 'now', '2026-03-06', '2026-03-06T17:30:00', '2026-03-06 17:30-03:00', '2026-13-01T00:00Z', '2026-02-30T10:00Z', '2026-03-06T24:00Z']) {
            expect(protocol.validateOpenedInstant(bad), bad).toMatch(/./);
        }
    });
});
