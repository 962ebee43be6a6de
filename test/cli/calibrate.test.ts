import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, pacto, scratch } from './pacto-process.js';

const EXAMPLES = ['imolko', 'helpdesk-br', 'internal-it', 'saas-hosting'];
const example = (name: string) => path.join(ROOT, 'examples', `${name}.pacto`);
const history = (name: string) => path.join(ROOT, 'examples', 'history', `${name}.csv`);

/** The block inside the contract's closing brace, where a user pastes it. */
const pasted = (contract: string, block: string) => {
    const close = contract.lastIndexOf('}');
    return `${contract.slice(0, close)}${block.replace(/^/gm, '  ')}${contract.slice(close)}`;
};

const BAD = `ticket,at,event,category
${Array.from({ length: 25 }, (_, i) => `X${i},2026-03-02T09:00-04:00,opened,Critcal`).join('\n')}
`;

describe('pacto calibrate', () => {
    let files: ReturnType<typeof scratch>;
    const blocks = new Map<string, string>();
    beforeAll(() => {
        files = scratch({ 'bad.csv': BAD, 'local.csv': 'ticket,at,event,category\nA,2026-03-02 09:00,opened,Critica\nA,2026-03-02 10:00,responded,\nA,2026-03-02 11:00,resolved,\n' });
    });
    afterAll(() => files.remove());

    it('prints a scenario block for each example history that, pasted into its contract, checks clean and simulates', () => {
        for (const name of EXAMPLES) {
            const run = pacto(['calibrate', example(name), '--tickets', history(name)]);
            expect(run.stderr, name).toBe('');
            expect(run.status, name).toBe(0);
            // The block speaks the contract's language (imolko: es, helpdesk-br: pt-BR); its syntax stays the same.
            expect(run.stdout).toMatch(/^scenario Calibrated "(Calibrated from|Calibrado a partir de) .*" \{\n/);
            expect(run.stdout).toMatch(/\n {2}period \d+ days starting \d{4}-\d{2}-\d{2}\n/);
            expect(run.stdout).toMatch(/\n {4}\w+ \d+(\.\d+)? per business day( via \w+)? {2}\/\/ \d+ (tickets?|chamados?) (over|en|em) [\d.,]+ (open days?|días? de atención|dias? de atendimento)\n/);
            expect(run.stdout).toMatch(/\n {4}\w+ (lognormal mean \d+ minutes sd \d+ minutes|fixed \d+ minutes) {2}\/\/ /);
            blocks.set(name, run.stdout);
            const contract = `${name}-calibrated.pacto`;
            const dir = scratch({ [contract]: pasted(readFileSync(example(name), 'utf8'), run.stdout) });
            try {
                const check = pacto(['check', contract], dir.dir);
                expect(check.stdout + check.stderr, name).toBe(`${contract}: no problems\n`);
                expect(check.status, name).toBe(0);
                const sim = pacto(['simulate', contract, '--scenario', 'Calibrated', '--runs', '3', '--json'], dir.dir);
                expect(sim.stderr, name).toBe('');
                expect(sim.status, name).toBe(0);
                expect((JSON.parse(sim.stdout) as { scenario: string }).scenario).toBe('Calibrated');
            } finally {
                dir.remove();
            }
        }
    }, 120_000);

    it('names the scenario with --name and refuses one the contract uses', () => {
        const run = pacto(['calibrate', example('imolko'), '--tickets', history('imolko'), '--name', 'Marzo']);
        expect(run.status).toBe(0);
        expect(run.stdout.replace(/^scenario Marzo /, 'scenario Calibrated ')).toBe(blocks.get('imolko'));
        expect(pacto(['calibrate', example('imolko'), '--tickets', history('imolko'), '--name', '9x'])).toMatchObject({ status: 2 });
        const taken = pacto(['calibrate', example('helpdesk-br'), '--tickets', history('helpdesk-br'), '--name', 'MesNormal']);
        expect(taken).toEqual({ status: 2, stdout: '', stderr: "pacto: the contract already has a scenario MesNormal; choose another --name (see 'pacto calibrate --help')\n" });
    });

    it('refuses bad rows with exit 1 and the messages of pacto report', () => {
        const run = pacto(['calibrate', example('imolko'), '--tickets', 'bad.csv'], files.dir);
        expect(run.status).toBe(1);
        expect(run.stdout).toBe('');
        const report = pacto(['report', example('imolko'), '--tickets', 'bad.csv'], files.dir);
        const lines = run.stderr.trimEnd().split('\n');
        expect(lines.slice(0, 21)).toEqual(report.stderr.trimEnd().split('\n').slice(0, 21));
        expect(lines[0]).toBe("bad.csv:2:4: unknown category 'Critcal'; did you mean 'Critica'?");
        expect(lines[20]).toBe('… and 5 more');
        expect(lines[21]).toBe('pacto: the history has 25 bad rows, nothing calibrated (--skip-bad-rows goes on without them)');
    });

    it('reads local times only with --zone, and a missing history is a usage error', () => {
        const refused = pacto(['calibrate', example('imolko'), '--tickets', 'local.csv'], files.dir);
        expect(refused.status).toBe(1);
        expect(refused.stderr).toContain("local.csv:2:2: '2026-03-02 09:00' has no UTC offset;");
        const zoned = pacto(['calibrate', example('imolko'), '--tickets', 'local.csv', '--zone', 'America/Caracas'], files.dir);
        expect(zoned.stderr).toBe('');
        expect(zoned.stdout).toContain('    Critica 1 per business day  // 1 ticket en 1 día de atención\n');
        expect(zoned.stdout).toContain('    Critica fixed 60 minutes  // 1 ticket\n');
        expect(pacto(['calibrate', example('imolko'), '--tickets', 'nope.csv'], files.dir)).toEqual({
            status: 2,
            stdout: '',
            stderr: 'pacto: cannot read --tickets nope.csv: no such file or directory\n',
        });
        expect(pacto(['calibrate', example('imolko')]).status).toBe(2);
    });
});
