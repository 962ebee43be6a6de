/**
 * The contract's calendar file and help-desk setups name holidays in the contract's locale (they are the
 * contract's documents, like the PDF), where the holiday data has that language; a holiday the contract
 * declares, and one the data names in no other language, as they are.
 */
import { describe, expect, it } from 'vitest';
import { contractIcs, freshdeskBundle, zendeskBundle, type Contract } from '../../../runtime/index.js';
import { exampleContract } from './examples.js';

const NAMES: Record<string, string[]> = {
    es: ['2026-04-03 Viernes Santo', '2026-04-21 Dia de Tiradentes', '2026-05-01 Día del Trabajador', '2026-07-09 Revolução Constitucionalista', '2026-12-25 Navidad', '2026-12-31 Véspera de Ano Novo'],
    en: ['2026-04-03 Good Friday', "2026-04-21 Tiradentes' Day", '2026-05-01 Labour Day', '2026-07-09 Revolução Constitucionalista', '2026-12-25 Christmas Day', '2026-12-31 Véspera de Ano Novo'],
    'pt-BR': ['2026-04-03 Sexta-Feira Santa', '2026-04-21 Dia de Tiradentes', '2026-05-01 Dia do trabalhador', '2026-07-09 Revolução Constitucionalista', '2026-12-25 Natal', '2026-12-31 Véspera de Ano Novo'],
};
const DATES = new Set(Object.values(NAMES)[0]!.map((n) => n.slice(0, 10)));
const picked = (pairs: string[]) => pairs.filter((p) => DATES.has(p.slice(0, 10)));

async function helpdesk(locale: string): Promise<Contract> {
    return { ...(await exampleContract('helpdesk-br.pacto')), locale };
}

describe('holiday names of a Brazilian calendar in the contract\'s locale', () => {
    for (const locale of Object.keys(NAMES)) {
        it(`${locale}: Zendesk, Freshdesk and the .ics`, async () => {
            const contract = await helpdesk(locale);
            const zendesk = zendeskBundle(contract).requests.flatMap((r) => ('holiday' in r.body ? [`${r.body.holiday.start_date} ${r.body.holiday.name}`] : []));
            expect(picked(zendesk)).toEqual(NAMES[locale]);
            expect(picked(freshdeskBundle(contract).holidays['Comercial']!.map((h) => `${h.date} ${h.name}`))).toEqual(NAMES[locale]);
            const ics = contractIcs(contract).replace(/\r\n /g, '');
            const closed = [...ics.matchAll(/DTSTART;VALUE=DATE:(\d{4})(\d{2})(\d{2})\r?\n(?:[^\r\n]*\r?\n)*?SUMMARY:([^\r\n]*)/g)].map((m) => `${m[1]}-${m[2]}-${m[3]} ${m[4]!.replace(/\\(.)/g, '$1')}`);
            expect(picked(closed)).toEqual(NAMES[locale]);
        });
    }
});
