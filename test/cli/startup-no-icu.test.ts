/**
 * ICU's first formatter costs 10–25 ms whatever asks for it (bench/startup.md), so a command whose contract
 * names no zone, term or date must not create one: nothing the bundle builds as it loads may ask for a zone.
 * A preloaded hook counts the Intl objects made in the `pacto check` process.
 */
import { writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { spawnSync } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { CLI, cliEnv, ROOT, scratch } from './pacto-process.js';

const HOOK = `
const made = [];
for (const kind of ['DateTimeFormat', 'NumberFormat', 'Collator', 'PluralRules', 'RelativeTimeFormat', 'ListFormat', 'DisplayNames', 'Segmenter']) {
    const Original = Intl[kind];
    const Counted = function (...args) { made.push(kind); return new Original(...args); };
    Counted.prototype = Original.prototype;
    Counted.supportedLocalesOf = Original.supportedLocalesOf;
    Intl[kind] = Counted;
}
process.on('exit', () => process.stderr.write('intl:' + made.join(',') + '\\n'));
`;

const dir = scratch({
    'tiny.pacto': 'contract C {\n  provider "z"\n}\n',
    'zoned.pacto': 'contract C {\n  provider "z"\n  calendar Office {\n    time zone "America/Sao_Paulo"\n    monday to friday 09:00-18:00\n  }\n}\n',
});
afterAll(() => dir.remove());
const hook = path.join(dir.dir, 'count-intl.cjs');
writeFileSync(hook, HOOK);

function intlObjectsOf(file: string): { stdout: string; made: string } {
    const result = spawnSync(process.execPath, ['--require', hook, CLI, 'check', path.join(dir.dir, file)], { cwd: ROOT, env: cliEnv(), encoding: 'utf8', timeout: 20_000 });
    expect(result.status).toBe(0);
    return { stdout: result.stdout, made: /intl:(.*)/.exec(result.stderr)?.[1] ?? 'no report' };
}

describe('ICU at start-up', () => {
    it('is never started by `pacto check` of a contract without zones', () => {
        const { stdout, made } = intlObjectsOf('tiny.pacto');
        expect(stdout).toBe(`${path.join(dir.dir, 'tiny.pacto')}: no problems\n`);
        expect(made).toBe('');
    });

    it('is started by a contract whose calendar has a zone (the hook does count)', () => {
        const { stdout, made } = intlObjectsOf('zoned.pacto');
        expect(stdout).toBe(`${path.join(dir.dir, 'zoned.pacto')}: no problems\n`);
        expect(made.split(',')).toContain('DateTimeFormat');
    });
});
