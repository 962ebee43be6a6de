import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCommandArgs } from '../../cli/args.js';
import { writeFileAtomic } from '../../cli/atomic-write.js';
import { makeExportCommand } from '../../cli/commands/export.js';
import { CliError } from '../../cli/errors.js';
import { CLI, ROOT, pacto, scratch } from './pacto-process.js';

const IMOLKO = path.join(ROOT, 'examples', 'imolko.pacto');
const HELPDESK = path.join(ROOT, 'examples', 'helpdesk-br.pacto');
const BROKEN = 'contract Broken {\n  term 2026-12-31 to 2026-01-01\n  category A { priority 1 }\n';

/** The bundle run with binary stdout (a pipe: not a terminal). */
function pactoBytes(args: readonly string[], cwd: string): { status: number | null; stdout: Buffer; stderr: string } {
    const run = spawnSync(process.execPath, [CLI, ...args], { cwd, timeout: 30_000 });
    if (run.error) throw run.error;
    return { status: run.status, stdout: run.stdout, stderr: run.stderr.toString('utf8') };
}

/** Files in a directory other than the given ones: leftovers of a failed write would show here. */
function others(dir: string, expected: string[]): string[] {
    return readdirSync(dir).filter((f) => !expected.includes(f));
}

describe('pacto export', () => {
    let files: ReturnType<typeof scratch>;
    beforeAll(() => {
        files = scratch({ 'broken.pacto': BROKEN, 'out/keep.txt': 'keep' });
    });
    afterAll(() => files.remove());

    it('prints the JSON to stdout, valid against the schema', () => {
        const run = pacto(['export', IMOLKO, '--format', 'json'], files.dir);
        expect(run.stderr).toBe('');
        expect(run.status).toBe(0);
        const json = JSON.parse(run.stdout) as Record<string, unknown>;
        const schema = JSON.parse(readFileSync(path.join(ROOT, 'schema', 'pacto-contract.schema.json'), 'utf8')) as object;
        const ajv = new Ajv2020({ strict: true });
        ajv.addFormat('date', /^\d{4}-\d{2}-\d{2}$/);
        expect(ajv.validate(schema, json), JSON.stringify(ajv.errors)).toBe(true);
        expect(json['pactoVersion']).toBe(JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version);
    });

    it('writes each format with -o (format inferred from the extension), from any working directory', () => {
        const out = path.join(files.dir, 'out');
        for (const name of ['c.json', 'c.md', 'c.html', 'c.pdf']) {
            const run = pacto(['export', IMOLKO, '-o', path.join(out, name)], files.dir);
            expect(run, name).toEqual({ status: 0, stdout: '', stderr: '' });
        }
        expect(readFileSync(path.join(out, 'c.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
        expect(readFileSync(path.join(out, 'c.md'), 'utf8')).toContain('# Acuerdo de nivel de servicio Zenkiu');
        expect(readFileSync(path.join(out, 'c.html'), 'utf8')).toContain('<html lang="es">');
        expect(others(out, ['keep.txt', 'c.json', 'c.md', 'c.html', 'c.pdf'])).toEqual([]);
    });

    it('writes a pdf to stdout when stdout is not a terminal', () => {
        const run = pactoBytes(['export', HELPDESK, '--format', 'pdf'], files.dir);
        expect(run.stderr).toBe('');
        expect(run.status).toBe(0);
        expect(run.stdout.subarray(0, 5).toString()).toBe('%PDF-');
        expect(run.stdout.subarray(-6).toString()).toContain('%%EOF');
    });

    it('refuses a contract with errors: exit 1, a clear message, and the existing output untouched', () => {
        const target = path.join(files.dir, 'out', 'keep.txt');
        for (const format of ['json', 'pdf']) {
            const run = pacto(['export', 'broken.pacto', '--format', format, '-o', target], files.dir);
            expect(run.status).toBe(1);
            expect(run.stdout).toBe('');
            expect(run.stderr).toMatch(/^pacto: the contract has errors, nothing computed: broken\.pacto:\d+:\d+: error: /);
            expect(readFileSync(target, 'utf8')).toBe('keep');
        }
        const fresh = path.join(files.dir, 'fresh.json');
        expect(pacto(['export', 'broken.pacto', '--format', 'json', '-o', fresh], files.dir).status).toBe(1);
        expect(existsSync(fresh)).toBe(false);
    });

    it('never leaves a partial file behind when the output cannot be written', () => {
        const dir = path.join(files.dir, 'out', 'a-directory.pdf');
        mkdirSync(dir, { recursive: true });
        const before = readdirSync(path.join(files.dir, 'out')).sort();
        // Renaming the finished temporary file over a directory fails: the temporary file is removed.
        const run = pacto(['export', IMOLKO, '-o', dir], files.dir);
        expect(run.status).toBe(2);
        expect(run.stderr).toMatch(/^pacto: cannot write .*a-directory\.pdf: /);
        expect(statSync(dir).isDirectory()).toBe(true);
        expect(readdirSync(path.join(files.dir, 'out')).sort()).toEqual(before);

        const missing = pacto(['export', IMOLKO, '--format', 'md', '-o', 'no/such/dir/c.md'], files.dir);
        expect(missing).toEqual({ status: 2, stdout: '', stderr: 'pacto: cannot write no/such/dir/c.md: no such directory\n' });
    });

    it('needs a format it can tell', () => {
        const run = pacto(['export', IMOLKO, '-o', 'contract.txt'], files.dir);
        expect(run.status).toBe(2);
        expect(run.stderr).toContain("'export' needs --format json|markdown (md)|html|pdf|zendesk|freshdesk|openslo|ics (ical) (or an -o file ending in .json, .md, .markdown, .html, .htm, .pdf, .yaml, .yml, .ics, .ical)");
        expect(pacto(['export', IMOLKO, '--format', 'docx'], files.dir).stderr).toContain("option '--format' must be 'json', 'markdown', 'md', 'html', 'pdf', 'zendesk', 'freshdesk', 'openslo', 'ics', or 'ical', not 'docx'");
        expect(existsSync(path.join(files.dir, 'contract.txt'))).toBe(false);
    });

    it('documents the stdout rule in --help and is listed by pacto --help', () => {
        const help = pacto(['export', '--help']);
        expect(help.status).toBe(0);
        expect(help.stdout).toContain('a pdf goes to standard output\n                       only when it is not a terminal');
        expect(pacto(['--help']).stdout).toMatch(/\n {2}export +write the contract as JSON, Markdown, HTML or a PDF/);
    });

    it('refuses to write a pdf to a terminal without -o (exit 2), before reading the contract', async () => {
        const written: Uint8Array[] = [];
        const command = makeExportCommand({ isTTY: true, write: (bytes) => written.push(bytes) });
        const out = { stdout: () => undefined, stderr: () => undefined };
        const attempt = command.run(parseCommandArgs('export', ['does-not-exist.pacto', '--format', 'pdf'], command.options), out);
        await expect(attempt).rejects.toThrow(CliError);
        await expect(attempt).rejects.toThrow(/a pdf is not written to a terminal: give -o FILE\.pdf/);
        expect(written).toEqual([]);
    });
});

describe('writeFileAtomic', () => {
    let files: ReturnType<typeof scratch>;
    beforeAll(() => {
        files = scratch({ 'target.txt': 'old content' });
    });
    afterAll(() => files.remove());

    it('writes through a temporary file in the same directory, then renames it over the target', async () => {
        const target = path.join(files.dir, 'target.txt');
        const seen: string[][] = [];
        async function* chunks() {
            yield Buffer.from('new ');
            seen.push(others(files.dir, ['target.txt']));
            expect(readFileSync(target, 'utf8')).toBe('old content');
            yield 'content';
        }
        await writeFileAtomic(target, chunks());
        expect(readFileSync(target, 'utf8')).toBe('new content');
        expect(seen[0]).toHaveLength(1);
        expect(seen[0]![0]).toMatch(/^\.target\.txt\.\d+\.[0-9a-f]+\.tmp$/);
        expect(others(files.dir, ['target.txt'])).toEqual([]);
    });

    it('leaves the target as it was and removes the temporary file when writing fails halfway', async () => {
        const target = path.join(files.dir, 'target.txt');
        writeFileSync(target, 'old content');
        async function* failing(): AsyncGenerator<Uint8Array> {
            yield Buffer.from('half of a docu');
            throw new Error('renderer crashed');
        }
        await expect(writeFileAtomic(target, failing())).rejects.toThrow('renderer crashed');
        expect(readFileSync(target, 'utf8')).toBe('old content');
        const fresh = path.join(files.dir, 'fresh.pdf');
        await expect(writeFileAtomic(fresh, failing())).rejects.toThrow('renderer crashed');
        expect(existsSync(fresh)).toBe(false);
        expect(others(files.dir, ['target.txt'])).toEqual([]);
    });
});
