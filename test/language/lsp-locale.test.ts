/**
 * The editor features that are not hovers, in the reader's language (services.i18n.MessageLocale): quick-fix
 * titles (the "Change to X" fix reads the linker's suggestion from the diagnostic's data, so it works whatever
 * language the message is in), code lens titles and completion details.
 */
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import type { LangiumDocument } from 'langium';
import { clearDocuments, parseHelper } from 'langium/test';
import type { CodeAction, CodeLens, CompletionItem } from 'vscode-languageserver';
import type { SupportedLocale } from '../../runtime/time/locales.js';
import { speak } from './fixture-runner.js';
import { services } from './pacto-test-services.js';

const pacto = services.Pacto;
const opened: LangiumDocument[] = [];

afterEach(async () => {
    await clearDocuments(pacto, opened.splice(0));
});
afterAll(() => {
    speak(pacto, 'en');
});

const TEXT = `contract Helpdesk {
  term 2026-01-01 to 2026-12-31
  calendar Office {
    time zone "America/Sao_Paolo"
    monday to friday 09:00-18:00
  }
  category Critical "Falla crítica" {
    response within 8 hours
    resolution within 2 hours
  }
  category Question { response within 4 business hours on Ofice }
  objective OnTime { 90% of resolutions on time per month }
  scenario Normal { period 4 weeks starting 2026-03-02 }
  escalation for  { at 50% of resolution notify "Lead" }
}
`;

async function open(locale: SupportedLocale): Promise<LangiumDocument> {
    speak(pacto, locale);
    const document = await parseHelper(pacto)(TEXT, { validation: true });
    opened.push(document);
    return document;
}

async function fixTitles(document: LangiumDocument): Promise<string[]> {
    const diagnostics = (document.diagnostics ?? []).filter((d) => d.severity === 1);
    const actions = (await pacto.lsp.CodeActionProvider!.getCodeActions(document, {
        textDocument: { uri: document.uri.toString() },
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        context: { diagnostics },
    })) as CodeAction[];
    return actions.map((a) => a.title);
}

async function lensTitles(document: LangiumDocument): Promise<string[]> {
    const lenses = (await pacto.lsp.CodeLensProvider!.provideCodeLens(document, { textDocument: { uri: document.uri.toString() } })) as CodeLens[];
    return lenses.map((l) => l.command?.title ?? '');
}

async function completionAt(document: LangiumDocument, line: number, character: number): Promise<CompletionItem[]> {
    const list = await pacto.lsp.CompletionProvider!.getCompletion(document, { textDocument: { uri: document.uri.toString() }, position: { line, character } });
    return list?.items ?? [];
}

describe('quick fixes, code lenses and completion details in the reader\'s language', () => {
    it('titles the quick fixes in Spanish and in Portuguese, with the same edits as in English', async () => {
        const english = await fixTitles(await open('en'));
        expect(english).toEqual(expect.arrayContaining([
            'Change time zone to "America/Sao_Paulo"',
            'Swap the response (8 hours) and resolution (2 hours) durations',
            "Change to 'Office'",
        ]));
        const spanish = await fixTitles(await open('es'));
        expect(spanish).toEqual(expect.arrayContaining([
            'Cambiar la zona horaria a "America/Sao_Paulo"',
            'Intercambiar los plazos de primera respuesta (8 hours) y de resolución (2 hours)',
            "Cambiar a 'Office'",
        ]));
        const portuguese = await fixTitles(await open('pt-BR'));
        expect(portuguese).toEqual(expect.arrayContaining(["Trocar por 'Office'", 'Trocar o fuso horário para "America/Sao_Paulo"']));
        expect(spanish).toHaveLength(english.length);
        expect(portuguese).toHaveLength(english.length);
    });

    it('titles the code lenses', async () => {
        expect(await lensTitles(await open('es'))).toEqual(['Ver vencimientos…', 'Ver vencimientos…', 'Simular…']);
        expect(await lensTitles(await open('pt-BR'))).toEqual(['Ver vencimentos…', 'Ver vencimentos…', 'Simular…']);
        expect(await lensTitles(await open('en'))).toEqual(['Preview deadlines…', 'Preview deadlines…', 'Simulate…']);
    });

    it('says what a completed name designates', async () => {
        // `escalation for |`: the categories, with their titles.
        const line = TEXT.split('\n').findIndex((l) => l.includes('escalation for'));
        const spanish = await completionAt(await open('es'), line, '  escalation for '.length);
        expect(spanish.find((i) => i.label === 'Critical')?.detail).toBe('categoría — Falla crítica');
        const portuguese = await completionAt(await open('pt-BR'), line, '  escalation for '.length);
        expect(portuguese.find((i) => i.label === 'Question')?.detail).toBe('categoria');
    });
});
