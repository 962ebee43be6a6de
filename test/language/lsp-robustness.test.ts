/**
 * Editor features run on every keystroke, so they see half-typed documents whose AST misses mandatory
 * parts. Each prefix of the examples goes through every feature: none may throw.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { clearDocuments, parseHelper } from 'langium/test';
import { services } from './pacto-test-services.js';

const pacto = services.Pacto;
const parse = parseHelper(pacto);
const examplesDir = join(process.cwd(), 'examples');
const examples = readdirSync(examplesDir).filter((f) => f.endsWith('.pacto')).sort();

describe('editor features on incomplete documents', () => {
    for (const name of examples) {
        it(`${name}: no feature throws on any prefix`, async () => {
            const example = readFileSync(join(examplesDir, name), 'utf8');
            const failures: string[] = [];
            for (let cut = 0; cut <= example.length; cut += 23) {
                const text = example.slice(0, cut);
                const document = await parse(text, { validation: true });
                const uri = document.uri.toString();
                const textDocument = { uri };
                const end = document.textDocument.positionAt(text.length);
                const attempt = async (what: string, run: () => unknown) => {
                    try {
                        await run();
                    } catch (error) {
                        failures.push(`${what} at cut ${cut}: ${(error as Error).stack?.split('\n').slice(0, 3).join(' | ')}`);
                    }
                };
                await attempt('symbols', () => pacto.lsp.DocumentSymbolProvider!.getSymbols(document, { textDocument }));
                await attempt('inlay', () => pacto.lsp.InlayHintProvider!.getInlayHints(document, { textDocument, range: { start: { line: 0, character: 0 }, end } }));
                await attempt('lenses', () => pacto.lsp.CodeLensProvider!.provideCodeLens(document, { textDocument }));
                await attempt('format', () => pacto.lsp.Formatter!.formatDocument(document, { textDocument, options: { tabSize: 2, insertSpaces: true } }));
                await attempt('completion', () => pacto.lsp.CompletionProvider!.getCompletion(document, { textDocument, position: end }));
                for (let offset = 0; offset < text.length; offset += 13) {
                    await attempt(`hover @${offset}`, () => pacto.lsp.HoverProvider!.getHoverContent(document, { textDocument, position: document.textDocument.positionAt(offset) }));
                }
                const crashes = (document.diagnostics ?? []).filter((d) => String(d.message).includes('An error occurred during validation'));
                if (crashes.length > 0) failures.push(`validation at cut ${cut}: ${crashes.map((d) => d.message).join('; ')}`);
                await clearDocuments(pacto, [document]);
            }
            expect(failures.slice(0, 10)).toEqual([]);
        });
    }
});
