import { spawnSync } from 'node:child_process';
import { expect } from 'vitest';

/** Runs one of poppler-utils' tools (pdftotext, pdffonts, pdfinfo, pdftoppm) and returns what it printed. */
export function tool(command: string, args: string[]): string {
    const run = spawnSync(command, args, { encoding: 'utf8', timeout: 30_000 });
    if (run.error) throw run.error;
    expect(run.status, run.stderr).toBe(0);
    return run.stdout;
}

/**
 * How far down a page's text area its last line of text comes (0: at the top margin, 1: at the bottom
 * margin), from pdftotext -bbox: a page left half blank by a block pushed to the next one reads about 0.5.
 */
export function pageFill(file: string, page = 1): number {
    const html = tool('pdftotext', ['-f', String(page), '-l', String(page), '-bbox', file, '-']);
    const height = Number(/<page width="[\d.]+" height="([\d.]+)"/.exec(html)?.[1]);
    // runtime/export/pdf.ts's margins; the footer sits below the bottom one.
    const top = 64;
    const bottom = height - 60;
    const body = [...html.matchAll(/yMax="([\d.]+)"/g)].map((m) => Number(m[1])).filter((y) => y < bottom);
    return (Math.max(...body) - top) / (bottom - top);
}
