/**
 * A second real LSP client: Debian's headless Neovim (0.7) runs test/server/neovim/lsp-client.lua, which
 * starts `node dist/language/server.cjs --stdio` with vim.lsp.start_client, attaches it to a buffer and
 * records the diagnostics, a hover and the quick fixes. Skipped when `nvim` is not installed (CI installs it).
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, SERVER } from './language-server-process.js';

const nvim = spawnSync('nvim', ['--version'], { encoding: 'utf8' });
const hasNvim = nvim.status === 0;
const SCRIPT = path.join(ROOT, 'test', 'server', 'neovim', 'lsp-client.lua');
const dirs: string[] = [];

afterAll(() => {
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

interface NeovimResult {
    diagnostics: Array<{ message: string; severity: number; code?: string; range: { start: { line: number; character: number } } }>;
    hover: { contents: { kind: string; value: string } | string } | null;
    codeActions: Array<{ title: string; kind?: string }> | null;
    error?: string;
}

/** Runs Neovim on a copy of `source` in a fresh folder; hovers at the first occurrence of `hoverAt`. */
function runNeovim(source: string, hoverAt: string): NeovimResult {
    const dir = mkdtempSync(path.join(tmpdir(), 'pacto-nvim-'));
    dirs.push(dir);
    const file = path.join(dir, path.basename(source));
    copyFileSync(source, file);
    const lines = readFileSync(file, 'utf8').split('\n');
    const line = lines.findIndex((l) => l.includes(hoverAt));
    expect(line, `${hoverAt} in ${source}`).toBeGreaterThanOrEqual(0);
    const out = path.join(dir, 'result.json');
    const run = spawnSync('nvim', ['--headless', '-u', 'NONE', '-i', 'NONE', '-n', '-c', `luafile ${SCRIPT}`], {
        cwd: dir,
        encoding: 'utf8',
        timeout: 90_000,
        env: {
            ...process.env,
            PACTO_NODE: process.execPath,
            PACTO_SERVER: SERVER,
            PACTO_FILE: file,
            PACTO_ROOT: dir,
            PACTO_OUT: out,
            PACTO_HOVER_LINE: String(line),
            PACTO_HOVER_CHAR: String(lines[line]!.indexOf(hoverAt) + 1),
            XDG_STATE_HOME: dir,
            XDG_DATA_HOME: dir,
            XDG_CACHE_HOME: dir,
        },
    });
    expect(run.error, run.stderr).toBeUndefined();
    const result = JSON.parse(readFileSync(out, 'utf8')) as NeovimResult;
    expect(result.error, result.error).toBeUndefined();
    return result;
}

const hoverText = (result: NeovimResult) => {
    const contents = result.hover?.contents;
    return typeof contents === 'string' ? contents : (contents?.value ?? '');
};

describe(`Neovim (${hasNvim ? nvim.stdout.split('\n')[0] : 'not installed: apt-get install neovim'}) as LSP client over stdio`, () => {
    it('is installed (npm test installs it: scripts/ensure-test-tools.mjs)', () => {
        expect(hasNvim).toBe(true);
    });

    it('an example gets no errors or warnings, and hovers work', () => {
        const result = runNeovim(path.join(ROOT, 'examples', 'imolko.pacto'), 'resolution within 4 business hours');
        expect(result.diagnostics.filter((d) => d.severity <= 2)).toEqual([]);
        expect(hoverText(result)).toMatch(/business hours/);
    }, 120_000);

    it('a broken contract gets exactly its diagnostic, and the quick fix for it', () => {
        const result = runNeovim(path.join(ROOT, 'e2e', 'fixtures', 'broken.pacto'), 'Escritorio');
        const problems = result.diagnostics.filter((d) => d.severity <= 2);
        expect(problems.map((d) => [d.range.start.line + 1, d.message])).toEqual([
            [15, "Unknown calendar 'Escritoria'. Did you mean 'Escritorio'?"],
        ]);
        expect(result.codeActions?.map((a) => a.title)).toContain("Change to 'Escritorio'");
    }, 120_000);
});
