import * as path from 'node:path';
import { EXPORT_FORMATS, ExportRefusal, SUPPORTED_LOCALES, type ExportFormat, type Notice, exportFormatNames, exportFormatOfFile, findExportFormat } from '../../runtime/index.js';
import { cliAssets } from '../assets.js';
import { writeFileAtomic } from '../atomic-write.js';
import type { Command } from '../command.js';
import { loadContract } from '../contract-loader.js';
import { CliError, cannotWrite, usageError } from '../errors.js';
import { ExitCode } from '../exit-codes.js';
import { cliLocale, m } from '../i18n.js';
import { progressBar } from '../progress.js';
import { singleFile } from './clock-options.js';
import { processStdout, type BinaryStdout } from '../binary-stdout.js';

const NAME = 'export';

/** `json|markdown|html|pdf`, with aliases after their format: `markdown (md)`. */
const FORMAT_LIST = EXPORT_FORMATS.map((f) => (f.aliases.length ? `${f.id} (${f.aliases.join(', ')})` : f.id)).join('|');
// Several formats may share an ending (the help desks' imports are .json): each is listed once.
const FILE_ENDINGS = [...new Set(EXPORT_FORMATS.flatMap((f) => [f.fileExtension, ...f.otherExtensions]))].map((e) => `.${e}`);

function wrap(text: string, indent: number, width = 104): string {
    const lines: string[] = [];
    let line = '';
    for (const word of text.split(' ')) {
        if (line && indent + line.length + 1 + word.length > width) {
            lines.push(line);
            line = word;
        } else line = line ? `${line} ${word}` : word;
    }
    lines.push(line);
    return lines.join(`\n${' '.repeat(indent)}`);
}

/** The formats' descriptions in the reader's language; a format the catalogue does not know yet keeps the registry's. */
const DESCRIPTIONS = {
    json: 'cliFormatJson',
    markdown: 'cliFormatMarkdown',
    html: 'cliFormatHtml',
    pdf: 'cliFormatPdf',
    zendesk: 'cliFormatZendesk',
    freshdesk: 'cliFormatFreshdesk',
    openslo: 'cliFormatOpenslo',
    ics: 'cliFormatIcs',
} as const;
const described = (f: ExportFormat) => (f.id in DESCRIPTIONS ? m(DESCRIPTIONS[f.id as keyof typeof DESCRIPTIONS]) : f.description);

function formatHelp(): string {
    return EXPORT_FORMATS.map((f) => `  ${[f.id, ...f.aliases].join(', ').padEnd(12)} ${wrap(described(f), 15)}`).join('\n');
}

function formatOf(format: string | undefined, output: string | undefined): ExportFormat {
    if (format !== undefined) {
        const found = findExportFormat(format);
        if (found) return found;
        throw usageError(m('cliExportUnknownFormat', { format, formats: FORMAT_LIST }), NAME);
    }
    const inferred = output === undefined ? undefined : exportFormatOfFile(path.basename(output));
    if (inferred) return inferred;
    throw usageError(m('cliExportNeedsFormat', { command: NAME, formats: FORMAT_LIST, endings: FILE_ENDINGS.join(', ') }), NAME);
}

export function makeExportCommand(stdout: BinaryStdout): Command {
    return {
        name: NAME,
        get summary() {
            return m('cliSummaryExport');
        },
        get help() {
            return m('cliHelpExport', {
                formatIds: EXPORT_FORMATS.map((f) => f.id).join('|'),
                locales: SUPPORTED_LOCALES.join(', '),
                formatHelp: formatHelp(),
                formatOption: wrap(m('cliExportFormatOption', { formats: FORMAT_LIST, endings: FILE_ENDINGS.join(', ') }), 23),
            });
        },
        options: {
            format: { type: 'string', choices: exportFormatNames() },
            output: { type: 'string', short: 'o' },
            contract: { type: 'string' },
            'category-map': { type: 'string', choices: ['priority', 'tag'] },
        },
        async run(args, out) {
            const file = singleFile(args, NAME);
            // `-o -` is standard output, with the same rule for binary formats on a terminal.
            const output = args.string('output') === '-' ? undefined : args.string('output');
            const format = formatOf(args.string('format'), output);
            if (format.binary && output === undefined && stdout.isTTY) {
                throw usageError(m('cliBinaryNotToTerminal', { format: format.id, extension: format.fileExtension }), NAME);
            }
            // Three steps, the second as far as the writer says it is: a big contract's PDF takes a while.
            const bar = progressBar();
            const step = (done: number, label: string) => bar.update(done, 3, label);
            step(0, m('cliProgressChecking'));
            let content: string | Uint8Array;
            const unsaid: { target: string; notices: readonly Notice[] }[] = [];
            const categoryMap = args.string('category-map') as 'priority' | 'tag' | undefined;
            try {
                const contract = await loadContract(file, args.string('contract'), NAME);
                const rendering = m('cliProgressRendering', { format: format.id });
                step(1, rendering);
                content = await format.render(contract, {
                    ...(bar.visible ? { onProgress: (done: number, total: number) => bar.update(1 + done / total, 3, rendering) } : {}),
                    pactoVersion: PACTO_VERSION,
                    fontsDir: cliAssets().fontsDir,
                    ...(categoryMap !== undefined ? { categoryMap } : {}),
                    onNotices: (target, notices) => unsaid.push({ target, notices }),
                });
            } catch (error) {
                if (error instanceof ExportRefusal) throw new CliError(error.messageIn(cliLocale()), ExitCode.problems);
                throw error;
            } finally {
                bar.clear();
            }
            // What the target cannot hold is in the output (notExpressible) and, never silently, on stderr.
            for (const { target, notices } of unsaid) {
                if (notices.length === 0) continue;
                out.stderr(`pacto: ${m('nxWarningHeader', { desk: target })}\n${notices.map((n) => `  - ${m(n.key, n.args)}\n`).join('')}`);
            }
            if (output === undefined) {
                if (typeof content === 'string') out.stdout(content);
                else stdout.write(content);
                return ExitCode.ok;
            }
            step(2, m('cliProgressWriting'));
            try {
                await writeFileAtomic(output, content);
            } catch (error) {
                throw cannotWrite(output, error);
            } finally {
                bar.clear();
            }
            return ExitCode.ok;
        },
    };
}

export const exportCommand: Command = makeExportCommand(processStdout);
