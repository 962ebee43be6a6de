import { readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { CliError } from './errors.js';
import { ExitCode } from './exit-codes.js';

/** A contract source named on the command line (or found in a directory named there). */
export interface SourceFile {
    /** The path as the user wrote it (joined to the directory they named): diagnostics quote it back. */
    readonly path: string;
    readonly absolutePath: string;
    readonly text: string;
}

const REASONS: Record<string, string> = {
    ENOENT: 'no such file or directory',
    EACCES: 'permission denied',
    EPERM: 'operation not permitted',
    EISDIR: 'is a directory',
    ENOTDIR: 'not a directory',
    ELOOP: 'too many symbolic links',
    ENAMETOOLONG: 'file name too long',
    EMFILE: 'too many open files',
};

function reasonOf(error: unknown): string {
    const code = (error as NodeJS.ErrnoException | undefined)?.code;
    if (code && REASONS[code]) return REASONS[code];
    return error instanceof Error ? error.message : String(error);
}

function cannotRead(file: string, error: unknown): CliError {
    return new CliError(`cannot read ${file}: ${reasonOf(error)}`, ExitCode.usage);
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
        if (inside.length === 0) throw new CliError(`no .pacto files in ${input}`, ExitCode.usage);
        files.push(...inside);
    }
    return files;
}

/**
 * Reads every input before anything is checked: one unreadable file is a usage error for the whole run,
 * reported before any diagnostics. A file named twice (or reached twice through directories) is read once.
 */
export function readSources(inputs: readonly string[]): SourceFile[] {
    const seen = new Set<string>();
    const sources: SourceFile[] = [];
    for (const file of expandInputs(inputs)) {
        const absolutePath = path.resolve(file);
        if (seen.has(absolutePath)) continue;
        seen.add(absolutePath);
        let text: string;
        try {
            text = readFileSync(absolutePath, 'utf8');
        } catch (error) {
            throw cannotRead(file, error);
        }
        sources.push({ path: file, absolutePath, text });
    }
    return sources;
}
