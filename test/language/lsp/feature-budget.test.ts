/**
 * Inlay hints and code lenses answer within a request's budget (REQUEST_ENGINE_MS, issue 13): past it the
 * ones found so far are the answer. The clock is injected: no time is measured here.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { AstNode, LangiumDocument } from 'langium';
import { clearDocuments, parseHelper } from 'langium/test';
import type { InlayHintAcceptor } from 'langium/lsp';
import { PactoCodeLensProvider } from '../../../language/lsp/code-lens-provider.js';
import { FeatureBudget, PactoInlayHintProvider } from '../../../language/lsp/inlay-hint-provider.js';
import { REQUEST_ENGINE_MS } from '../../../language/requests/handler.js';
import { spendWork } from '../../../runtime/index.js';
import { services } from '../pacto-test-services.js';

const pacto = services.Pacto;
const parse = parseHelper(pacto);

afterEach(() => clearDocuments(services.shared));

function contract(targets: readonly string[]): string {
    const categories = targets.map((target, i) => `  category C${i} {\n    ${target}\n  }`);
    return `contract A {\n  calendar Office {\n    time zone "Europe/Madrid"\n    monday to friday 09:00-17:00\n  }\n  default calendar Office\n${categories.join('\n')}\n}\n`;
}

const whole = (document: LangiumDocument) => ({
    textDocument: { uri: document.uri.toString() },
    range: { start: { line: 0, character: 0 }, end: { line: document.textDocument.lineCount, character: 0 } },
});

const labels = async (provider: PactoInlayHintProvider, document: LangiumDocument) =>
    ((await provider.getInlayHints(document, whole(document))) ?? []).map((h) => `${h.position.line}:${String(h.label)}`);

describe('inlay hints', () => {
    it('say how many business days a target of 14 digits is, and nothing for a number past 15 digits', async () => {
        const document = await parse(contract(['resolution within 99999999999999 business hours', `resolution within 1${'0'.repeat(400)} business hours`]));
        expect(await labels(new PactoInlayHintProvider(pacto), document)).toEqual(['7:≈ 12499999999999.9 business days']);
    });

    it('stop at the budget: each hint here costs 200 ms of a fake clock, so three fit in 500 ms', async () => {
        let clock = 0;
        class Slow extends PactoInlayHintProvider {
            override computeInlayHint(node: AstNode, acceptor: InlayHintAcceptor): void {
                super.computeInlayHint(node, (hint) => {
                    clock += 200;
                    acceptor(hint);
                });
            }
        }
        const document = await parse(contract(Array.from({ length: 10 }, () => 'resolution within 12 business hours')));
        expect(REQUEST_ENGINE_MS).toBe(500);
        expect(await labels(new PactoInlayHintProvider(pacto, () => clock), document)).toHaveLength(10);
        expect(await labels(new Slow(pacto, () => clock), document)).toEqual(['7:≈ 1.5 business days', '10:≈ 1.5 business days', '13:≈ 1.5 business days']);
    });
});

describe('code lenses', () => {
    it('stop at the budget: a clock that moves 100 ms each time it is read leaves two lenses of ten', async () => {
        const document = await parse(contract(Array.from({ length: 10 }, () => 'resolution within 12 business hours')));
        const params = { textDocument: { uri: document.uri.toString() } };
        expect(await new PactoCodeLensProvider(pacto.i18n.MessageLocale).provideCodeLens(document, params)).toHaveLength(10);
        let reads = 0;
        // Read twice when the budget starts (0, 100 ms), then once per member (the calendar, the default calendar,
        // C0, C1 at 200–500 ms): C2 is reached at 600 ms.
        const lenses = await new PactoCodeLensProvider(pacto.i18n.MessageLocale, () => 100 * reads++).provideCodeLens(document, params);
        expect(lenses.map((l) => l.command?.arguments?.[2])).toEqual(['C0', 'C1']);
    });
});

describe('the budget', () => {
    it('cuts the engine short inside it and says so; the walk is spent once the clock passes its ms', () => {
        let clock = 0;
        const budget = new FeatureBudget(500, () => clock);
        expect(budget.run(() => spendWork(1))).toBe(true);
        clock = 501;
        expect(budget.spent()).toBe(true);
        expect(budget.run(() => spendWork(1))).toBe(false);
        expect(() => budget.run(() => { throw new RangeError('not the budget'); })).toThrow('not the budget');
    });
});
