/**
 * Error recovery is bounded (issue 13): 50,000 stray names in one contract overflowed the stack in
 * Chevrotain's in-repetition recovery (`pacto check` exited 70), and a file of random tokens took minutes.
 * Past MAX_SYNTAX_ERRORS mistakes the rest of the file is not read and one located error says so.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { clearDocuments, parseHelper } from 'langium/test';
import type { LangiumDocument } from 'langium';
import type { Diagnostic } from 'vscode-languageserver';
import type { Model } from '../../../language/generated/ast.js';
import { MAX_SYNTAX_ERRORS } from '../../../language/parser/bounded-parser.js';
import { randomTokens } from '../../fuzz/random-tokens.js';
import { services } from '../pacto-test-services.js';

const pacto = services.Pacto;
const parse = parseHelper(pacto);

afterEach(async () => {
    pacto.i18n.MessageLocale.set('en');
    await clearDocuments(services.shared);
});

/** A contract whose every line is a stray name before a good clause: one recovery per line, in one block. */
function strayNames(lines: number): string {
    const body = Array.from({ length: lines }, (_, i) => `  N${i} provider "x"`);
    return `contract A {\n${body.join('\n')}\n}\n`;
}

const syntaxErrors = (diagnostics: readonly Diagnostic[] | undefined) => (diagnostics ?? []).filter((d) => d.data?.code === 'parsing-error');
const message = (d: Diagnostic) => (typeof d.message === 'string' ? d.message : d.message.value);
const contractOf = (document: LangiumDocument) => (document.parseResult.value as Model).contracts[0];
const line = (d: Diagnostic | undefined) => (d ? d.range.start.line + 1 : undefined);

describe('error recovery', () => {
    it('stops reading a file of 50,000 mistakes in one block after the limit, with one located error', async () => {
        const document = await parse(strayNames(50_000), { validation: true });
        const errors = syntaxErrors(document.diagnostics);
        // Line 1 opens the contract; each line after it holds one mistake.
        expect(MAX_SYNTAX_ERRORS).toBe(500);
        expect(errors).toHaveLength(MAX_SYNTAX_ERRORS + 1);
        const last = errors.at(-1)!;
        expect(message(last)).toBe('The file could not be parsed from line 501: too many errors. Fix the first ones and check again.');
        expect(last.range).toEqual({ start: { line: 500, character: 7 }, end: { line: 500, character: 15 } });
        expect(line(errors.at(-2))).toBe(501);
        // What was read is in the tree: the providers of lines 2 to 500 (line 501's is where reading stopped).
        expect(contractOf(document)?.members).toHaveLength(499);
    });

    it('says so in Spanish and Brazilian Portuguese', async () => {
        pacto.i18n.MessageLocale.set('es');
        const es = syntaxErrors((await parse(strayNames(600), { validation: true })).diagnostics).at(-1);
        expect(es && message(es)).toBe('No se pudo leer el archivo a partir de la línea 501: hay demasiados errores. Corrija los primeros y vuelva a revisarlo.');
        pacto.i18n.MessageLocale.set('pt-BR');
        const pt = syntaxErrors((await parse(strayNames(600), { validation: true })).diagnostics).at(-1);
        expect(pt && message(pt)).toBe('Não foi possível ler o arquivo a partir da linha 501: há erros demais. Corrija os primeiros e verifique de novo.');
    });

    it('counts the lexer’s mistakes too: 2,000 stray characters stop at the 500th', async () => {
        const text = `contract A {\n${'  ?\n'.repeat(2000)}}\n`;
        const document = await parse(text, { validation: true });
        expect(document.parseResult.lexerErrors).toHaveLength(MAX_SYNTAX_ERRORS - 1);
        const errors = (document.diagnostics ?? []).filter((d) => d.severity === 1);
        expect(errors.filter((d) => message(d) === "Unexpected character '?'.")).toHaveLength(MAX_SYNTAX_ERRORS - 1);
        const stopped = errors.filter((d) => message(d).startsWith('The file could not be parsed'));
        expect(stopped.map(message)).toEqual(['The file could not be parsed from line 501: too many errors. Fix the first ones and check again.']);
        expect(stopped[0]?.range).toEqual({ start: { line: 500, character: 2 }, end: { line: 500, character: 3 } });
    });

    it('leaves a file under the limit as it was: the mistakes of 499 stray names, and no cut', async () => {
        const document = await parse(strayNames(499), { validation: true });
        const errors = syntaxErrors(document.diagnostics);
        expect(errors).toHaveLength(499);
        expect(errors.some((d) => message(d).startsWith('The file could not be parsed'))).toBe(false);
        expect(contractOf(document)?.members).toHaveLength(499);
    });

    it('reads 1 MB of random tokens (seed 1) to the cut and no further', async () => {
        const text = `contract Fuzz {\n${randomTokens(1, 1_000_000)}`;
        const document = await parse(text, { validation: true });
        const last = syntaxErrors(document.diagnostics).at(-1);
        expect(last && message(last)).toMatch(/^The file could not be parsed from line \d+: too many errors\./);
        expect(document.parseResult.parserErrors.length + document.parseResult.lexerErrors.length).toBeLessThanOrEqual(2 * MAX_SYNTAX_ERRORS + 1);
    });

    it('bounds completion’s parse of the text before the cursor the same way', () => {
        const result = pacto.parser.CompletionParser.parse(strayNames(50_000));
        // It read up to the cut, on line 501 (3 tokens open the contract, 3 per line after), and threw nothing.
        expect(result.tokens.length).toBeGreaterThan(1000);
        expect(result.tokenIndex).toBe(2 + 3 * 499 + 1);
    });
});
