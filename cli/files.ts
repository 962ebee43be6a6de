import { readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { CliError, cannotRead } from './errors.js';
import { ExitCode } from './exit-codes.js';
import { m } from './i18n.js';
import { decodeSource, type SourceText } from './source-text.js';
import type { MessageArgs } from '../runtime/index.js';

/** Why a file's bytes are no contract text (not UTF-8), located where an editor would show it. */
export interface EncodingProblem {
    readonly line: number;
    readonly column: number;
    /** The message, put in words in the language of whoever reads it (diagnostics.ts). */
    readonly key: 'cliUtf16' | 'cliInvalidUtf8';
    readonly args: MessageArgs;
    /** Stable, like the diagnostics' codes: `--format json` reports it. */
    readonly code: 'invalid-utf8' | 'utf16';
}

/** A contract source named on the command line (or found in a directory named there). */
export interface SourceFile {
    /** The path as the user wrote it (joined to the directory they named): diagnostics quote it back. */
    readonly path: string;
    readonly absolutePath: string;
    /** The text; empty when `encodingProblem` says the bytes are not UTF-8. */
    readonly text: string;
    readonly encodingProblem?: EncodingProblem;
}

/**
 * The .pacto files under a directory, depth first, in code-point order so output does not depend on the
 * file system. Hidden directories and node_modules are skipped: they hold tooling, not contracts.
 */
function pactoFilesUnder(directory: string): string[] {
    const found: string[] = [];
    const entries = readdirSync(directory, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
        const child = path.join(directory, entry.name);
        if (entry.isDirectory()) {
            if (!entry.name.startsWith('.') && entry.name !== 'node_modules') found.push(...pactoFilesUnder(child));
        } else if (entry.name.endsWith('.pacto') && (entry.isFile() || statSync(child, { throwIfNoEntry: false })?.isFile())) {
            found.push(child);
        }
    }
    return found;
}

/** Expands directories to the .pacto files inside them; an explicitly named file is taken whatever its extension. */
export function expandInputs(inputs: readonly string[]): string[] {
    const files: string[] = [];
    for (const input of inputs) {
        let isDirectory: boolean;
        try {
            isDirectory = statSync(input).isDirectory();
        } catch (error) {
            throw cannotRead(input, error);
        }
        if (!isDirectory) {
            files.push(input);
            continue;
        }
        let inside: string[];
        try {
            inside = pactoFilesUnder(input);
        } catch (error) {
            throw cannotRead(input, error);
        }
        if (inside.length === 0) throw new CliError(m('cliNoPactoFiles', { directory: input }), ExitCode.usage);
        files.push(...inside);
    }
    return files;
}

function encodingProblemOf(decoded: Exclude<SourceText, { ok: true }>): EncodingProblem {
    if (decoded.kind === 'utf16') return { line: 1, column: 1, key: 'cliUtf16', args: { endian: decoded.endian }, code: 'utf16' };
    const byte = decoded.byte.toString(16).toUpperCase().padStart(2, '0');
    return { line: decoded.line, column: decoded.column, key: 'cliInvalidUtf8', args: { byte: `0x${byte}` }, code: 'invalid-utf8' };
}

/**
 * Reads every input before anything is checked: one unreadable file is a usage error for the whole run,
 * reported before any diagnostics. A file named twice (or reached twice through directories) is read once.
 * A file that is not UTF-8 is read but not decoded: its problem is reported like a diagnostic, at the first
 * bad byte.
 */
export function readSources(inputs: readonly string[]): SourceFile[] {
    const seen = new Set<string>();
    const sources: SourceFile[] = [];
    for (const file of expandInputs(inputs)) {
        const absolutePath = path.resolve(file);
        if (seen.has(absolutePath)) continue;
        seen.add(absolutePath);
        let bytes: Buffer;
        try {
            bytes = readFileSync(absolutePath);
        } catch (error) {
            throw cannotRead(file, error);
        }
        const decoded = decodeSource(bytes);
        sources.push(decoded.ok ? { path: file, absolutePath, text: decoded.text } : { path: file, absolutePath, text: '', encodingProblem: encodingProblemOf(decoded) });
    }
    return sources;
}
