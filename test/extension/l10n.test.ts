/**
 * The extension in English, Spanish and Brazilian Portuguese, as VS Code loads it: the manifest's `%key%`
 * strings from package.nls*.json, the code's `vscode.l10n.t` messages from l10n/bundle.l10n*.json. The
 * English bundle is extracted by @vscode/l10n-dev (`npm run l10n:export`), never kept by hand: a message
 * added in code without a new export fails here, and so does a translation that is missing, left in
 * English, or that drops or invents a placeholder.
 */
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { getL10nJson } from '@vscode/l10n-dev';
import { describe, expect, it } from 'vitest';
import { TEMPLATE_FILE } from '../../extension/templates.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const read = (file: string) => readFileSync(path.join(ROOT, file), 'utf8');
const json = (file: string) => JSON.parse(read(file)) as Record<string, unknown>;
const pkg = json('package.json');

/** VS Code's file suffixes: its display languages are lower-case (`pt-br`). */
const LANGUAGES = ['es', 'pt-br'] as const;

/** Every `%key%` string of the manifest, wherever it is. */
function manifestKeys(value: unknown, keys = new Set<string>()): Set<string> {
    if (typeof value === 'string') {
        const match = /^%(.+)%$/.exec(value);
        if (match) keys.add(match[1]!);
    } else if (Array.isArray(value)) {
        for (const item of value) manifestKeys(item, keys);
    } else if (value && typeof value === 'object') {
        for (const item of Object.values(value)) manifestKeys(item, keys);
    }
    return keys;
}

/**
 * What a translation must keep as is: placeholders ({0}), Markdown code spans (contract syntax, file
 * names), command links and quoted setting values.
 */
function fixedParts(text: string): string[] {
    const parts = [...text.matchAll(/\{\d+\}|`[^`]+`|\(command:[^)]+\)/g)].map((m) => m[0]);
    return parts.sort();
}

/** A bundle's message: a string, or `{message, comment}` in the extracted English bundle. */
const messageOf = (value: unknown): string => (typeof value === 'string' ? value : (value as { message: string }).message);

/** Translations that are the same words in every language (a brand and a placeholder). */
const SAME_IN_EVERY_LANGUAGE = new Set(['Pacto: {0}']);

describe('package.nls*.json: the manifest in three languages', () => {
    const english = json('package.nls.json');
    const used = manifestKeys(pkg);

    it('every %key% of package.json has its English text, and every English text is used', () => {
        expect([...used].filter((key) => !(key in english))).toEqual([]);
        expect(Object.keys(english).filter((key) => !used.has(key))).toEqual([]);
    });

    it('command titles, settings and the walkthrough all go through package.nls.json', () => {
        const contributes = pkg.contributes as Record<string, any>;
        const literal = (value: unknown) => typeof value === 'string' && !/^%.+%$/.test(value);
        for (const command of contributes.commands) expect(literal(command.title), command.command).toBe(false);
        for (const [key, setting] of Object.entries<any>(contributes.configuration.properties)) {
            expect(literal(setting.markdownDescription ?? setting.description), key).toBe(false);
            for (const description of setting.enumDescriptions ?? []) expect(literal(description), key).toBe(false);
        }
        for (const walkthrough of contributes.walkthroughs) {
            expect([walkthrough.title, walkthrough.description].filter(literal)).toEqual([]);
            for (const step of walkthrough.steps) expect([step.title, step.description, step.media.altText].filter(literal), step.id).toEqual([]);
        }
    });

    for (const language of LANGUAGES) {
        describe(language, () => {
            const translated = json(`package.nls.${language}.json`);

            it('has exactly the English keys', () => {
                expect(Object.keys(translated).sort()).toEqual(Object.keys(english).sort());
            });

            it('keeps every placeholder, code span and command link, and translates every text', () => {
                for (const [key, text] of Object.entries(english)) {
                    const other = translated[key] as string;
                    expect({ key, kept: fixedParts(other) }).toEqual({ key, kept: fixedParts(text as string) });
                    if (!SAME_IN_EVERY_LANGUAGE.has(text as string)) expect(other, key).not.toBe(text);
                }
            });
        });
    }

    it('the walkthrough links run commands the extension contributes, and the setting it declares', () => {
        const commands = new Set((pkg.contributes as any).commands.map((c: { command: string }) => c.command));
        const links = Object.values(english).flatMap((text) => [...(text as string).matchAll(/\(command:([\w.]+)(\?[^)]*)?\)/g)]);
        expect(links.length).toBe(5);
        for (const [, command, query] of links) {
            if (command === 'workbench.action.openSettings') expect(JSON.parse(decodeURIComponent(query!.slice(1)))).toEqual(['pacto.language']);
            else expect(commands.has(command), command).toBe(true);
        }
    });

    it('the starter contracts name the commands as the palette shows them in their language', () => {
        const titles = (file: string) => {
            const nls = json(file);
            return [`Pacto: ${nls['command.previewDeadlines.title']}`, `Pacto: ${nls['command.simulate.title']}`];
        };
        for (const [locale, nls] of [['en', 'package.nls.json'], ['es', 'package.nls.es.json'], ['pt-BR', 'package.nls.pt-br.json']] as const) {
            const template = read(TEMPLATE_FILE[locale]).replace(/\n\/\/ /g, ' ');
            for (const title of titles(nls)) expect(template, `${locale}: ${title}`).toContain(`"${title}"`);
        }
    });
});

describe('l10n/bundle.l10n*.json: the messages of the extension code', () => {
    const sources = (dir: string): string[] =>
        readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((entry) =>
            entry.isDirectory() ? sources(path.join(dir, entry.name)) : entry.name.endsWith('.ts') ? [path.join(dir, entry.name)] : [],
        );
    const english = json('l10n/bundle.l10n.json');

    it('package.json points VS Code at l10n/ and names the export script', () => {
        expect(pkg.l10n).toBe('./l10n');
        expect((pkg.scripts as Record<string, string>)['l10n:export']).toBe('vscode-l10n-dev export --outDir ./l10n ./extension');
    });

    it('l10n/bundle.l10n.json is what @vscode/l10n-dev extracts from extension/ now (else: npm run l10n:export)', async () => {
        const extracted = await getL10nJson(sources('extension').map((file) => ({ contents: read(file), extension: path.extname(file) })));
        expect(english).toEqual(extracted);
        expect(Object.keys(english).length).toBeGreaterThan(40);
    });

    it('every message shown by the extension code goes through vscode.l10n.t', () => {
        // A window message, quick pick title or panel title built from a template literal would stay English.
        // templates.ts holds the starter contract's names in each language itself.
        const offenders = sources('extension').filter((file) => !file.endsWith('templates.ts')).flatMap((file) =>
            read(file)
                .split('\n')
                .map((line, i) => ({ line, where: `${file}:${i + 1}` }))
                .filter(({ line }) =>
                    /(show(Error|Warning|Information)Message|setStatusBarMessage|withServerProgress|\.show|\.open)\(\s*[`'"][A-Za-z]|(title|prompt|label|placeHolder|openLabel|description|detail):\s*[`'"][A-Za-z]/.test(line),
                )
                .map(({ where, line }) => `${where}: ${line.trim()}`),
        );
        expect(offenders).toEqual([]);
    });

    for (const language of LANGUAGES) {
        describe(language, () => {
            const translated = json(`l10n/bundle.l10n.${language}.json`);

            it('has exactly the keys of the extracted bundle', () => {
                expect(Object.keys(translated).sort()).toEqual(Object.keys(english).sort());
            });

            it('keeps every placeholder and translates every message', () => {
                for (const [key, value] of Object.entries(english)) {
                    const text = messageOf(value);
                    const other = translated[key];
                    expect(typeof other, key).toBe('string');
                    expect({ key, kept: fixedParts(other as string) }).toEqual({ key, kept: fixedParts(text) });
                    if (!SAME_IN_EVERY_LANGUAGE.has(text)) expect(other, key).not.toBe(text);
                }
            });
        });
    }
});
