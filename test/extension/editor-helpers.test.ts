/**
 * The extension's pure helpers: starter contracts (every template validates without errors or warnings),
 * snippets (each expands to valid Pacto), the typed settings, and the panels' pages (policy, theme).
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import type { LangiumDocument } from 'langium';
import { clearDocuments, parseHelper } from 'langium/test';
import { DEFAULTS, parseConfig } from '../../extension/config.js';
import { fillTemplate, TEMPLATE_FILE, TEMPLATE_LOCALES, templateLocale, templateValues } from '../../extension/templates.js';
import { contentSecurityPolicy, securePage, simplePage } from '../../extension/panel-html.js';
import { services } from '../language/pacto-test-services.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const read = (file: string) => readFileSync(path.join(ROOT, file), 'utf8');
const pacto = services.Pacto;
const parse = parseHelper(pacto);
const opened: LangiumDocument[] = [];

afterEach(async () => {
    await clearDocuments(pacto, opened.splice(0));
});

async function problems(text: string): Promise<string[]> {
    const document = await parse(text, { validation: true });
    opened.push(document);
    return (document.diagnostics ?? []).filter((d) => d.severity === 1 || d.severity === 2).map((d) => `${d.range.start.line + 1}: ${d.message}`);
}

describe('New contract templates', () => {
    it('picks the template from the display language', () => {
        expect(templateLocale('en')).toBe('en');
        expect(templateLocale('en-gb')).toBe('en');
        expect(templateLocale('es')).toBe('es');
        expect(templateLocale('es-419')).toBe('es');
        expect(templateLocale('pt-br')).toBe('pt-BR');
        expect(templateLocale('pt')).toBe('pt-BR');
        expect(templateLocale('fr')).toBe('en');
        expect(templateLocale(undefined)).toBe('en');
    });

    it('starts the term on the first day of next month, for a year, in the user zone when it is an IANA zone', () => {
        const values = templateValues('es', new Date(Date.UTC(2026, 10, 23)), 'Europe/Madrid');
        expect(values).toMatchObject({ start: '2026-12-01', end: '2027-11-30', zone: 'Europe/Madrid', name: 'NuevoContrato' });
        expect(templateValues('pt-BR', new Date(Date.UTC(2026, 0, 31)), 'UTC')).toMatchObject({ start: '2026-02-01', end: '2027-01-31', zone: 'America/Sao_Paulo' });
    });

    for (const locale of TEMPLATE_LOCALES) {
        it(`${locale}: fills every placeholder and validates without errors or warnings`, async () => {
            const text = fillTemplate(read(TEMPLATE_FILE[locale]), templateValues(locale, new Date(Date.UTC(2026, 2, 6)), 'America/Caracas'));
            expect(text).not.toMatch(/\$\{/);
            expect(text).toContain(`locale "${locale}"`);
            expect(await problems(text)).toEqual([]);
        });
    }

    it('refuses an unknown placeholder', () => {
        expect(() => fillTemplate('contract ${nope} {}', templateValues('en', new Date(), 'UTC'))).toThrow(/nope/);
    });
});

describe('snippets', () => {
    const snippets = JSON.parse(read('extension/snippets/pacto.json')) as Record<string, { prefix: string | string[]; body: string[]; description: string }>;
    /** The body with each placeholder replaced by its default (first choice for `${1|a,b|}`). */
    const expand = (body: string[]) =>
        body.join('\n')
            .replace(/\$\{\d+\|([^,|]*)[^|]*\|\}/g, '$1')
            .replace(/\$\{\d+:([^}]*)\}/g, '$1')
            .replace(/\$\d+/g, '');

    it('offers a contract, a calendar, a category and a scenario', () => {
        expect(Object.keys(snippets).sort()).toEqual(['Calendar', 'Category', 'Contract', 'Scenario']);
        for (const snippet of Object.values(snippets)) expect(snippet.description).toBeTruthy();
    });

    it('the contract snippet is a valid contract', async () => {
        expect(await problems(expand(snippets.Contract!.body))).toEqual([]);
    });

    it('calendar, category and scenario snippets are valid inside a contract', async () => {
        const calendar = expand(snippets.Calendar!.body).replace('holidays of "BR"', 'holidays of "BR"');
        const category = expand(snippets.Category!.body);
        const scenario = expand(snippets.Scenario!.body);
        const text = `contract Demo {\n  term 2026-01-01 to 2026-12-31\n${calendar}\ndefault calendar Office\n${category.replace('Name', 'Critical')}\n${scenario}\n}\n`;
        expect(await problems(text)).toEqual([]);
    });
});

describe('typed settings', () => {
    it('gives the defaults for missing or mistyped values', () => {
        expect(parseConfig(() => undefined)).toEqual(DEFAULTS);
        expect(parseConfig((key) => ({ 'simulation.runs': 0, 'simulation.seed': -1, 'inlayHints.enabled': 'yes', 'preview.openings': 'x' })[key])).toEqual(DEFAULTS);
    });

    it('reads valid values and keeps only valid openings', () => {
        const config = parseConfig((key) => ({
            'simulation.runs': 50,
            'simulation.seed': 7,
            'inlayHints.enabled': false,
            'preview.openings': ['2026-03-06T17:30:00-03:00', 'tomorrow', 3],
        })[key]);
        expect(config).toEqual({ simulation: { runs: 50, seed: 7 }, inlayHints: { enabled: false }, preview: { openings: ['2026-03-06T17:30:00-03:00'] } });
    });
});

describe('webview pages', () => {
    it('the policy allows no remote content and scripts only with the nonce', () => {
        const csp = contentSecurityPolicy('vscode-resource:', 'abc123');
        expect(csp).toMatch(/^default-src 'none'/);
        expect(csp).toContain("script-src 'nonce-abc123'");
        expect(csp).not.toMatch(/https?:/);
        expect(contentSecurityPolicy('vscode-resource:')).toContain("script-src 'none'");
    });

    it('securePage replaces a page policy, drops remote scripts and adds the theme style', () => {
        const page = securePage(
            '<!DOCTYPE html><html><head><meta http-equiv="Content-Security-Policy" content="default-src *"><script src="https://cdn.example/x.js"></script></head><body><script nonce="n1">1</script></body></html>',
            'vscode-resource:',
            'n1',
        );
        expect(page).not.toContain('default-src *');
        expect(page).not.toContain('cdn.example');
        expect(page).toContain("script-src 'nonce-n1'");
        expect(page).toContain('var(--vscode-editor-background)');
        expect(securePage('<p>x</p>', 'src:')).toMatch(/^<!DOCTYPE html><html><head><meta http-equiv="Content-Security-Policy"/);
    });

    it('simplePage wraps a rendered body under a policy without scripts, in the theme, with an escaped title', () => {
        const page = simplePage('Deadlines: <Critical>', '<h1>Critical</h1>', 'vscode-resource:');
        expect(page).toContain(`content="${contentSecurityPolicy('vscode-resource:')}"`);
        expect(page).toContain("script-src 'none'");
        expect(page).toContain('<title>Deadlines: &lt;Critical&gt;</title>');
        expect(page).toContain('var(--vscode-foreground)');
        expect(page).toContain('<h1>Critical</h1>');
    });
});
