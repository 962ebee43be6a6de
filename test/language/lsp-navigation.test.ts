/**
 * Rename, find references and go to definition: Langium's providers over Pacto's scope provider.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { TextDocument, type LangiumDocument } from 'langium';
import { clearDocuments, expectFindReferences, expectGoToDefinition, parseHelper } from 'langium/test';
import type { TextEdit } from 'vscode-languageserver';
import { services } from './pacto-test-services.js';

const pacto = services.Pacto;
const parse = parseHelper(pacto);
const opened: LangiumDocument[] = [];

afterEach(async () => {
    await clearDocuments(pacto, opened.splice(0));
});

async function open(text: string): Promise<LangiumDocument> {
    const document = await parse(text, { validation: true });
    opened.push(document);
    return document;
}

const CONTRACT = `contract Rename {
  provider "Acme Ltd."
  customer "Example Inc."
  term 2026-01-01 to 2026-12-31

  calendar Office {
    time zone "Europe/Madrid"
    monday to friday 09:00-17:00
  }

  default calendar Office

  category Critical "Critical failure" {
    priority 1
    response within 1 business hour
    resolution within 4 business hours on Office
  }

  category Minor {
    priority 2
    resolution within 2 business days
  }

  objective OnTime {
    90% of resolutions on time for Critical, Minor per month
  }

  escalation for Critical, Minor {
    at 50% of resolution notify "Team lead"
  }

  scenario Normal {
    period 4 weeks starting 2026-03-02
    arrivals {
      Critical 1 per day
      Minor 5 per day
    }
    team Support {
      agents 2 on Office
      handles Critical, Minor
    }
    handling {
      Critical exponential mean 3 hours
      Minor exponential mean 1 hour
    }
    customer replies {
      30% of Critical wait exponential mean 1 day
    }
  }
}
`;

/** Offset of the n-th (0-based) whole-word occurrence of `word`. */
function offsetOf(text: string, word: string, occurrence = 0): number {
    const matches = [...text.matchAll(new RegExp(`\\b${word}\\b`, 'g'))];
    const match = matches[occurrence];
    if (!match || match.index === undefined) throw new Error(`No occurrence ${occurrence} of ${word}`);
    return match.index;
}

function applyEdits(document: LangiumDocument, edits: TextEdit[]): string {
    return TextDocument.applyEdits(document.textDocument, edits);
}

describe('rename', () => {
    it('renames a category and every reference to it: objective, escalation, scenario arrivals, team, handling, customer replies', async () => {
        const document = await open(CONTRACT);
        expect(document.diagnostics?.filter((d) => d.severity === 1)).toEqual([]);
        const edit = await pacto.lsp.RenameProvider!.rename(document, {
            textDocument: { uri: document.uri.toString() },
            position: document.textDocument.positionAt(offsetOf(CONTRACT, 'Critical') + 2),
            newName: 'Urgent',
        });
        const edits = edit?.changes?.[document.uri.toString()] ?? [];
        // Declaration + objective + escalation + arrivals + handles + handling + customer replies.
        expect(edits).toHaveLength(7);
        const renamed = applyEdits(document, edits);
        expect(renamed).toBe(CONTRACT.replace(/\bCritical\b(?! failure)/g, 'Urgent'));
        // The display title "Critical failure" is text, not a name: it stays.
        expect(renamed).toContain('category Urgent "Critical failure"');

        const reparsed = await open(renamed);
        expect(reparsed.diagnostics?.filter((d) => d.severity === 1)).toEqual([]);
    });

    it('renames from a reference as well as from the declaration', async () => {
        const document = await open(CONTRACT);
        const edit = await pacto.lsp.RenameProvider!.rename(document, {
            textDocument: { uri: document.uri.toString() },
            position: document.textDocument.positionAt(offsetOf(CONTRACT, 'Office', 2) + 1), // `on Office` in a target
            newName: 'Oficina',
        });
        const renamed = applyEdits(document, edit?.changes?.[document.uri.toString()] ?? []);
        expect(renamed).toBe(CONTRACT.replace(/\bOffice\b/g, 'Oficina'));
    });

    it('offers the range of the name to rename, and nothing on a keyword', async () => {
        const document = await open(CONTRACT);
        const at = (offset: number) => pacto.lsp.RenameProvider!.prepareRename(document, {
            textDocument: { uri: document.uri.toString() },
            position: document.textDocument.positionAt(offset),
        });
        const start = offsetOf(CONTRACT, 'Minor', 1);
        expect(await at(start + 1)).toEqual({
            start: document.textDocument.positionAt(start),
            end: document.textDocument.positionAt(start + 'Minor'.length),
        });
        expect(await at(offsetOf(CONTRACT, 'priority') + 1)).toBeUndefined();
    });
});

describe('find references', () => {
    const findReferences = expectFindReferences(pacto);

    it('finds every reference to a category, from its declaration or from any reference', async () => {
        const text = `contract Refs {
  calendar Office {
    time zone "Europe/Madrid"
    monday to friday 09:00-17:00
  }
  default calendar Office
  category <|>Cri<|>tical {
    priority 1
    resolution within 4 business hours
  }
  objective OnTime {
    90% of resolutions on time for <|Crit<|>ical|> per month
  }
  escalation for <|Critical|> {
    at 50% of resolution notify "Lead"
  }
  scenario S {
    arrivals {
      <|Critical|> 1 per day
    }
    team T {
      agents 1 on Office
      handles <|Critical|>
    }
    handling {
      <|Critical|> exponential mean 1 hour
    }
  }
}`;
        await findReferences({ text, includeDeclaration: false, disposeAfterCheck: true });
    });

    it('includes the declaration when asked', async () => {
        const text = `contract Refs {
  calendar <|Off<|>ice|> {
    time zone "Europe/Madrid"
    monday to friday 09:00-17:00
  }
  default calendar <|Office|>
  channel Phone hours <|Office|>
  category Critical {
    priority 1
    resolution within 4 business hours on <|Off<|>ice|>
  }
  customer obligations {
    contact "IT" available <|Office|>
  }
}`;
        await findReferences({ text, includeDeclaration: true, disposeAfterCheck: true });
    });
});

describe('go to definition', () => {
    const goToDefinition = expectGoToDefinition(pacto);
    const text = `contract Defs {
  calendar <|Office|> {
    time zone "Europe/Madrid"
    monday to friday 09:00-17:00
  }
  default calendar Off<|>ice
  category <|Critical|> {
    priority 1
    resolution within 4 business hours on <|>Office
  }
  objective <|OnTime|> {
    90% of resolutions on time for Criti<|>cal per month
  }
  penalties {
    when On<|>Time below 90% credit 5% of fee
  }
  scenario <|Base|> {
    period 4 weeks starting 2026-03-02
  }
  scenario Peak extends Ba<|>se {
    period 1 week starting 2026-03-02
  }
}`;

    it('goes from `default calendar` to the calendar', async () => {
        await goToDefinition({ text, index: 0, rangeIndex: 0, disposeAfterCheck: true });
    });
    it('goes from `on CALENDAR` in a target to the calendar', async () => {
        await goToDefinition({ text, index: 1, rangeIndex: 0, disposeAfterCheck: true });
    });
    it('goes from an objective measure to the category', async () => {
        await goToDefinition({ text, index: 2, rangeIndex: 1, disposeAfterCheck: true });
    });
    it('goes from a penalty to the objective', async () => {
        await goToDefinition({ text, index: 3, rangeIndex: 2, disposeAfterCheck: true });
    });
    it('goes from `extends` to the base scenario', async () => {
        await goToDefinition({ text, index: 4, rangeIndex: 3, disposeAfterCheck: true });
    });
});
