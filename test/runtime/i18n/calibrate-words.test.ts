/**
 * The scenario block `calibrate` writes is pasted into its contract, so its title and comments are in the
 * contract's language (helpdesk-br: pt-BR); the syntax stays the language's own.
 */
import { createReadStream } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { calibrate } from '../../../runtime/index.js';
import { exampleContract } from '../export/examples.js';

describe('calibrate in the contract\'s language', () => {
    it('a Brazilian contract gets its block in Portuguese', async () => {
        const contract = await exampleContract('helpdesk-br.pacto');
        const file = 'examples/history/helpdesk-br.csv';
        const { text } = await calibrate({ contract, history: { source: createReadStream(file), file, format: 'csv' } });
        const lines = text.split('\n');
        expect(lines.slice(0, 4)).toEqual([
            'scenario Calibrated "Calibrado a partir de examples/history/helpdesk-br.csv" {',
            '  // 226 chamados de examples/history/helpdesk-br.csv abertos de 2026-03-02 a 2026-04-28 (America/Sao_Paulo).',
            '  period 58 days starting 2026-03-02',
            '  // Por dia de atendimento do calendário em que chega cada linha: o horário do canal ou, se não houver, o calendário padrão.',
        ]);
        expect(lines).toContain('    Indisponibilidade 0.1 per business day via Email  // 8 chamados em 58 dias de atendimento');
        expect(lines).toContain('    Incidente lognormal mean 175 minutes sd 198 minutes  // 55 chamados');
        expect(lines).toContain('  // A proporção de chamados resolvidos que aguardaram o cliente, e a espera total deles em horas corridas.');
        expect(text).not.toMatch(/tickets|open days?|Worked time/);
    });
});
