/**
 * A progress bar for long work (simulate, export, report), redrawn in place on stderr. Only a person at a
 * terminal sees it: a pipe, a file or CI gets nothing extra, so captured output stays what the command
 * printed and nothing else.
 */

/** "[#########                     ] 12/40 runs": `done` of `total` as a bar `width` characters wide, then the label. */
export function renderBar(done: number, total: number, label: string, width = 30): string {
    const share = total > 0 ? Math.min(Math.max(done / total, 0), 1) : 0;
    const filled = Math.round(share * width);
    return `[${'#'.repeat(filled)}${' '.repeat(width - filled)}] ${label}`;
}

/** Where a bar is drawn: the process's stderr, or a test's stand-in. */
export interface BarStream {
    readonly isTTY?: boolean;
    readonly columns?: number;
    write(text: string): unknown;
}

export interface Progress {
    /** Whether anything is drawn: work that only feeds the bar can be skipped when not. */
    readonly visible: boolean;
    /** Shows `done` of `total`, labelled; redrawn only when the bar or its label changes. */
    update(done: number, total: number, label: string): void;
    /** Erases the bar, so that what follows starts on a clean line. */
    clear(): void;
}

const SILENT: Progress = { visible: false, update() {}, clear() {} };

/** Whether a bar is drawn on `stream`: a terminal, not CI, not a dumb terminal. */
export function showsProgress(stream: BarStream, env: Readonly<Record<string, string | undefined>> = process.env): boolean {
    return stream.isTTY === true && !env['CI'] && env['TERM'] !== 'dumb';
}

export function progressBar(stream: BarStream = process.stderr, env: Readonly<Record<string, string | undefined>> = process.env): Progress {
    if (!showsProgress(stream, env)) return SILENT;
    let last = '';
    return {
        visible: true,
        update(done, total, label) {
            // Leave the last column free: writing into it wraps some terminals onto a new line.
            const line = renderBar(done, total, label).slice(0, Math.max((stream.columns ?? 80) - 1, 10));
            if (line === last) return;
            stream.write(`\r${line}${' '.repeat(Math.max(last.length - line.length, 0))}`);
            last = line;
        },
        clear() {
            if (last === '') return;
            stream.write(`\r${' '.repeat(last.length)}\r`);
            last = '';
        },
    };
}
