import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Connection } from 'vscode-languageserver';
import * as protocol from '../../language/protocol.js';
import { registerRequests } from '../../language/requests/index.js';
import { clientOptions, LANGUAGE_ID, SERVER_MODULE, serverOptions } from '../../extension/client-options.js';
import { COMMAND_TABLE, type CommandPlaces } from '../../extension/commands/table.js';
import { DEFAULTS, MAX_RUNS, parseConfig } from '../../extension/config.js';
import { services } from '../language/pacto-test-services.js';

// The extension's contributions must agree with the commands it registers (extension/commands/table.ts,
// which the type checker ties to the handlers of extension/commands/index.ts), with how it starts the server
// and with the files the .vsix ships. Nothing here loads `vscode`; the real-editor checks are in e2e/
// (npm run test:e2e).
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const read = (file: string) => readFileSync(path.join(ROOT, file), 'utf8');
const pkg = JSON.parse(read('package.json'));
// The manifest's user-facing strings are `%key%`s of package.nls.json (test/extension/l10n.test.ts checks them).
const nls = JSON.parse(read('package.nls.json')) as Record<string, string>;
const english = (value: string) => value.replace(/^%(.+)%$/, (_, key: string) => nls[key] ?? value);
const inRoot = (file: string) => existsSync(path.join(ROOT, file));

type MenuEntry = { command: string; when?: string; group?: string };
const table: Array<[string, CommandPlaces]> = Object.entries(COMMAND_TABLE);
const commandIds = table.map(([id]) => id);
const onEditor = table.filter(([, places]) => places.editor).map(([id]) => id);
const onExplorer = table.filter(([, places]) => places.explorer).map(([id]) => id);
const sorted = (ids: string[]) => [...ids].sort();

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
            'pacto.language',
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
        // The server reads pacto.language (through the synchronized section) over the client's display language.
        expect(properties['pacto.language']).toMatchObject({ type: 'string', enum: ['auto', 'en', 'es', 'pt-BR'], default: 'auto' });
        expect(properties['pacto.language'].enumDescriptions.map(english)).toEqual([
            "VS Code's display language (English when it is neither Spanish nor Portuguese).",
            'English.',
            'Spanish (español).',
            'Brazilian Portuguese (português do Brasil).',
        ]);
        expect(english(properties['pacto.language'].markdownDescription)).toMatch(/^Language of Pacto's diagnostics, hovers/);
        // The client's id must be the settings' prefix for vscode-languageclient to follow `pacto.trace.server`,
        // and the synchronized section too, for the server to get the settings.
        expect(LANGUAGE_ID).toBe('pacto');
        expect(pkg.contributes.languages[0].id).toBe(LANGUAGE_ID);
        for (const key of Object.keys(properties)) expect(key.startsWith(`${LANGUAGE_ID}.`), key).toBe(true);
        expect(clientOptions(undefined as never).synchronize).toEqual({ configurationSection: LANGUAGE_ID });
    });

    it('contributes exactly the commands of the table, in its order, titled for the palette', () => {
        expect(pkg.contributes.commands.map((c: { command: string }) => c.command)).toEqual(commandIds);
        const title = (id: string) => {
            const c = pkg.contributes.commands.find((x: { command: string }) => x.command === id);
            return `${c.category}: ${english(c.title)}`;
        };
        for (const id of commandIds) expect(title(id), id).toMatch(/^Pacto: \S/);
        expect(title(protocol.PreviewDeadlinesCommand)).toBe('Pacto: Preview deadlines for a ticket opened at…');
        expect(title(protocol.SimulateCommand)).toBe('Pacto: Simulate scenario…');
        expect(title(protocol.ExportCommand)).toBe('Pacto: Export contract to PDF / JSON / HTML');
        expect(title(protocol.OpenPreviewCommand)).toBe('Pacto: Open contract preview');
        expect(title(protocol.ComplianceReportCommand)).toBe('Pacto: Compliance report from ticket history…');
        expect(title(protocol.NewContractCommand)).toBe('Pacto: New contract');
        expect(title(protocol.ShowOutputCommand)).toBe('Pacto: Show language server log');
        expect(title(protocol.RestartServerCommand)).toBe('Pacto: Restart language server');
    });

    it('offers the commands in the menus the table says, and only there', () => {
        const menus = pkg.contributes.menus as Record<string, MenuEntry[]>;
        expect(Object.keys(menus).sort()).toEqual(['commandPalette', 'editor/context', 'editor/title', 'explorer/context']);
        const entries = (menu: string) => menus[menu]!.map((e) => e.command);
        const whens = (menu: string) => [...new Set(menus[menu]!.map((e) => e.when))];
        // Commands that need a Pacto document are hidden from the palette elsewhere; the others are never hidden.
        expect(sorted(entries('commandPalette'))).toEqual(sorted(onEditor));
        expect(whens('commandPalette')).toEqual(['editorLangId == pacto']);
        for (const menu of ['editor/title', 'editor/context']) {
            expect(sorted(entries(menu)), menu).toEqual(sorted(onEditor));
            expect(whens(menu), menu).toEqual(['resourceLangId == pacto']);
        }
        expect(sorted(entries('explorer/context'))).toEqual(sorted(onExplorer));
        expect(whens('explorer/context')).toEqual(['resourceLangId == pacto']);
        for (const menu of ['editor/title', 'editor/context', 'explorer/context']) {
            const groups = menus[menu]!.map((e) => e.group);
            expect(groups.every((g) => typeof g === 'string' && g !== ''), menu).toBe(true);
            expect(new Set(groups).size, `${menu}: two entries in one place`).toBe(groups.length);
        }
        // Each title bar button needs an icon.
        for (const entry of menus['editor/title']!.filter((e) => e.group?.startsWith('navigation'))) {
            expect(pkg.contributes.commands.find((c: { command: string }) => c.command === entry.command).icon, entry.command).toMatch(/^\$\(/);
        }
    });

    it('activates on the language and on each command of the table, nothing else', () => {
        expect(sorted(pkg.activationEvents)).toEqual(sorted(['onLanguage:pacto', ...commandIds.map((id) => `onCommand:${id}`)]));
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
        expect(SERVER_MODULE).toBe('dist/language/server.cjs');
        const options = serverOptions('/x/server.cjs');
        // 1 is TransportKind.ipc (client-options.ts types it so).
        // Node's young generation capped, so a large contract's server stays under 200 MiB (bench/lsp/RESULTS.md).
        expect(options.run).toEqual({ module: '/x/server.cjs', transport: 1, options: { execArgv: ['--max-semi-space-size=8'] } });
        expect(options.debug).toEqual({ module: '/x/server.cjs', transport: 1, options: { execArgv: ['--max-semi-space-size=8', '--nolazy', '--inspect=6009'] } });
        expect(clientOptions(undefined as never).documentSelector).toEqual([
            { scheme: 'file', language: 'pacto' },
            { scheme: 'untitled', language: 'pacto' },
        ]);
    });

    it("trusts exactly the preview command in the server's markdown (hover links to it)", () => {
        expect(clientOptions(undefined as never).markdown).toEqual({ isTrusted: { enabledCommands: [protocol.PreviewDeadlinesCommand] }, supportHtml: false });
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

describe('the protocol the extension speaks (language/protocol.ts)', () => {
    it('the server registers a handler for every custom request of language/protocol.ts', () => {
        const registered: string[] = [];
        const connection = { onRequest: (method: string) => void registered.push(method), sendNotification: () => undefined };
        registerRequests(connection as unknown as Connection, services.shared, { chartJs: () => null });
        const requests = protocol.CUSTOM_METHODS.filter((m) => m !== protocol.ProgressNotification.method);
        expect([...registered].sort()).toEqual([...requests].sort());
    });

    // runtime/time/instant.ts is the one syntax; the input box, the setting and the server all use it.
    const accepted = [
        '2026-03-06T17:30:00-03:00',
        '2026-03-06T17:30-03:00',
        '2026-03-06T20:30:00Z',
        '2026-02-28T23:59:59.5+05:30',
        '2026-03-06T24:00Z',
        '2026-03-06T24:00:00-03:00',
        '20260306T173000-0300',
        '20260306T1730Z',
        '  2026-03-06T17:30-03:00 ',
    ];
    const refused = [
        '',
        'now',
        '2026-03-06',
        '2026-03-06T17:30:00',
        '2026-03-06 17:30-03:00',
        '2026-13-01T00:00Z',
        '2026-02-30T10:00Z',
        '2026-03-06T24:30Z',
        '2026-03-06T24:00:01Z',
        '20260306T173000',
        '2026-03-06T17:30-03:00 tomorrow',
    ];

    it('accepts ISO 8601 instants with an offset (extended or basic, 24:00 for the end of a day) and refuses the rest', () => {
        for (const ok of accepted) expect(protocol.validateOpenedInstant(ok), ok).toBeUndefined();
        for (const bad of refused) expect(protocol.validateOpenedInstant(bad), bad).toMatch(/./);
    });

    it('pacto.preview.openings keeps exactly the openings the server accepts, trimmed', () => {
        const config = parseConfig((key) => (key === 'preview.openings' ? [...accepted, ...refused] : undefined));
        expect(config.preview.openings).toEqual(accepted.map((o) => o.trim()));
    });

    // The schema's pattern marks a mistyped opening in settings.json as the user types; the code check
    // (config.ts) decides. The pattern must never mark an opening the code takes.
    const setting = pkg.contributes.configuration.properties['pacto.preview.openings'].items;
    const pattern = new RegExp(setting.pattern, 'u');

    it('the setting pattern admits every opening the server accepts', () => {
        for (const ok of accepted) expect(pattern.test(ok), ok).toBe(true);
        const two = (max: number) => fc.integer({ min: 0, max }).map((n) => String(n).padStart(2, '0'));
        const instant = fc
            .record({
                basic: fc.boolean(),
                year: fc.integer({ min: 0, max: 9999 }).map((n) => String(n).padStart(4, '0')),
                month: two(13),
                day: two(32),
                hour: two(25),
                minute: two(60),
                second: fc.option(two(60), { nil: undefined }),
                fraction: fc.option(fc.stringMatching(/^[.,]\d{1,4}$/), { nil: undefined }),
                offset: fc.constantFrom('Z', 'z', '+05:30', '-03:00', '-0300', '+01', '+2400', ''),
                blanks: fc.constantFrom('', ' ', '\t '),
            })
            .map(({ basic, year, month, day, hour, minute, second, fraction, offset, blanks }) => {
                const [dash, colon] = basic ? ['', ''] : ['-', ':'];
                const seconds = second === undefined ? '' : `${colon}${second}${fraction ?? ''}`;
                return `${blanks}${year}${dash}${month}${dash}${day}T${hour}${colon}${minute}${seconds}${offset}${blanks}`;
            });
        fc.assert(
            fc.property(instant, (text) => {
                if (protocol.validateOpenedInstant(text) === undefined) expect(pattern.test(text), text).toBe(true);
            }),
            { numRuns: 2000 },
        );
    });

    it('the setting pattern refuses what is no instant at all, and says what is expected', () => {
        for (const bad of ['', 'now', '2026-03-06', '2026-03-06T17:30:00', '2026-03-06 17:30-03:00', '20260306T173000', '2026-03-06T17:30-03:00 tomorrow']) {
            expect(pattern.test(bad), bad).toBe(false);
        }
        expect(english(setting.patternErrorMessage)).toContain(protocol.OPENED_EXAMPLE);
    });
});
