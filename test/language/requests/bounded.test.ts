/**
 * Requests do bounded work (issue 13): an instant outside the years Pacto computes with is refused before any
 * engine work, a deadline past the 100-year horizon is refused in the contract's words, engine work past the
 * request's budget is cut short with a plain message, and a cancelled request does no engine work.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { LangiumDocument } from 'langium';
import { clearDocuments, parseHelper } from 'langium/test';
import { CancellationTokenSource, ResponseError } from 'vscode-languageserver';
import { asResponseError, engineWork } from '../../../language/requests/handler.js';
import { checkPreviewParams, previewDeadlines } from '../../../language/requests/preview-deadlines.js';
import { BusinessCalendar } from '../../../runtime/index.js';
import { services } from '../pacto-test-services.js';

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

const contract = (target: string, escalation = '') => `contract Bounded {
  term 2026-01-01 to 2026-12-31
  calendar Weekly {
    time zone "UTC"
    monday 09:00-10:00
  }
  default calendar Weekly
  objective OnTime { 90% of resolutions on time per month }
  category Typo { resolution within ${target} }
  ${escalation}
}`;

function refusal(body: () => unknown): ResponseError<void> {
    try {
        body();
    } catch (error) {
        const response = asResponseError(error, 'preview deadlines');
        return response;
    }
    throw new Error('expected a refusal');
}

describe('pacto/previewDeadlines within bounds', () => {
    it('refuses a year-9999 or year-0001 instant before waiting for the document', () => {
        for (const [opened, year] of [['9999-12-30T12:00Z', '9999'], ['0001-01-01T00:00Z', '0001']] as const) {
            const error = refusal(() => checkPreviewParams({ contract: 'Bounded', category: 'Typo', opened }));
            expect(error.message).toBe(`Invalid opening instant "${opened}": year ${year} is outside the years Pacto computes with (1900 to 2200).`);
        }
    });

    it('refuses a deadline past the horizon in the words of the contract, at once', async () => {
        // More open time than an hour a week holds in a century: refused before any table is built.
        const document = await open(contract('99999999999 business hours'));
        const error = refusal(() => engineWork(undefined, () => previewDeadlines(document, { contract: 'Bounded', category: 'Typo', opened: '2026-03-02T09:00Z' })));
        expect(error.message).toBe(
            'Cannot preview deadlines: Bounded / Typo: the resolution target of 99999999999 business hours would fall due more than 100 years after 2026-01-01 00:00 UTC (after 2126-01-01 00:00 UTC); Pacto computes no deadline beyond that horizon.',
        );
    });

    it('refuses an escalation step past the horizon', async () => {
        const document = await open(contract('4 business hours', 'escalation for Typo { at 1000000000% of resolution notify "Director" }'));
        const error = refusal(() => previewDeadlines(document, { contract: 'Bounded', category: 'Typo', opened: '2026-03-02T09:00Z' }));
        expect(error.message).toBe(
            'Cannot preview deadlines: Bounded / Typo: the escalation at 1000000000% of resolution would fire more than 100 years after 2026-01-01 00:00 UTC (after 2126-01-01 00:00 UTC); Pacto computes no instant beyond that horizon.',
        );
    });

    it('answers a deadline 19 years away (within the horizon) with its due instant', async () => {
        // 1000 hours at one hour a week: the 1000th Monday hour from Monday 2026-03-02 09:00.
        const document = await open(contract('1000 business hours'));
        const { markdown } = previewDeadlines(document, { contract: 'Bounded', category: 'Typo', opened: '2026-03-02T09:00Z' });
        expect(markdown).toContain('| Resolution | 1000 business hours on `Weekly` | **Mon 2045-04-24 10:00 (+00:00)** |');
    });
});

describe('engine work of a request', () => {
    it('is cut short when its budget of engine time runs out, with a plain message', () => {
        const calendar = BusinessCalendar.fromSpec({ name: 'Fresh', zone: 'UTC', weekly: [{ day: 1, start: 540, end: 600 }], holidayRegions: [], holidays: [], specialHours: [] });
        // A clock that advances 100 ms each time it is read: the budget of 500 ms runs out at the sixth year built.
        let clock = 0;
        const now = () => (clock += 100);
        const error = refusal(() => engineWork(undefined, () => calendar.addBusiness(Date.UTC(2026, 2, 2, 9), 1000 * 60), now));
        expect(error.message).toBe('Pacto stopped after 500 ms of calendar work, before it had an answer: the calendars would need tables for many years. Ask about an instant nearer the contract term.');
        expect(calendar.tableYears).toBe(5);
    });

    it('does nothing once the client has cancelled', () => {
        const source = new CancellationTokenSource();
        source.cancel();
        let ran = false;
        const error = refusal(() => engineWork(source.token, () => (ran = true)));
        expect(ran).toBe(false);
        expect(error.message).toBe('The request was cancelled.');
    });
});
