import * as path from 'node:path';
import { EXPORT_FORMATS, SUPPORTED_LOCALES, type ExportFormat, exportFormatNames, exportFormatOfFile, findExportFormat } from '../../runtime/index.js';
import { cliAssets } from '../assets.js';
import { writeFileAtomic } from '../atomic-write.js';
import type { Command } from '../command.js';
import { loadContract } from '../contract-loader.js';
import { cannotWrite, usageError } from '../errors.js';
import { ExitCode } from '../exit-codes.js';
import { singleFile } from './clock-options.js';
import { processStdout, type BinaryStdout } from '../binary-stdout.js';

const NAME = 'export';

/** `json|markdown|html|pdf`, with aliases after their format: `markdown (md)`. */
const FORMAT_LIST = EXPORT_FORMATS.map((f) => (f.aliases.length ? `${f.id} (${f.aliases.join(', ')})` : f.id)).join('|');
const FILE_ENDINGS = EXPORT_FORMATS.flatMap((f) => [f.fileExtension, ...f.otherExtensions]).map((e) => `.${e}`);

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

const FORMAT_HELP = EXPORT_FORMATS.map((f) => `  ${[f.id, ...f.aliases].join(', ').padEnd(12)} ${wrap(f.description, 15)}`).join('\n');


function formatOf(format: string | undefined, output: string | undefined): ExportFormat {
    if (format !== undefined) {
        const found = findExportFormat(format);
        if (found) return found;
        throw usageError(`unknown format '${format}': one of ${FORMAT_LIST}`, NAME);
    }
    const inferred = output === undefined ? undefined : exportFormatOfFile(path.basename(output));
    if (inferred) return inferred;
    throw usageError(`'${NAME}' needs --format ${FORMAT_LIST} (or an -o file ending in ${FILE_ENDINGS.join(', ')})`, NAME);
}

export function makeExportCommand(stdout: BinaryStdout): Command {
    return {
        name: NAME,
        summary: 'write the contract as JSON, Markdown, HTML or a PDF for signing',
        help: `Usage: pacto export FILE --format ${EXPORT_FORMATS.map((f) => f.id).join('|')} [-o OUT] [--contract NAME]

Writes the contract as a document in the contract's locale (${SUPPORTED_LOCALES.join(', ')}):
${FORMAT_HELP}

The file must have no errors (nothing is written otherwise).

Options:
  --format FORMAT      ${wrap(`${FORMAT_LIST}; may be left out when -o ends in ${FILE_ENDINGS.join(', ')}`, 23)}
  -o, --output OUT     the file to write. It is written atomically: to a temporary file in the same
                       directory, renamed over OUT when complete; on any failure OUT is left as it was.
                       Without -o, json, md and html go to standard output; a pdf goes to standard output
                       only when it is not a terminal (a pipe or a file), and needs -o otherwise.
  --contract NAME      the contract, when the file declares several
  -h, --help           show this help

Exit status: 0 written, 1 the contract has errors, 2 bad usage (unreadable file, missing -o for a pdf on a
terminal, output that cannot be written), 70 internal error.
`,
        options: {
            format: { type: 'string', choices: exportFormatNames() },
            output: { type: 'string', short: 'o' },
            contract: { type: 'string' },
        },
        async run(args, out) {
            const file = singleFile(args, NAME);
            // `-o -` is standard output, with the same rule for binary formats on a terminal.
            const output = args.string('output') === '-' ? undefined : args.string('output');
            const format = formatOf(args.string('format'), output);
            if (format.binary && output === undefined && stdout.isTTY) {
                throw usageError(`a ${format.id} is not written to a terminal: give -o FILE.${format.fileExtension}, or redirect the output ('> FILE.${format.fileExtension}')`, NAME);
            }
            const contract = await loadContract(file, args.string('contract'), NAME);
            const content = await format.render(contract, { pactoVersion: PACTO_VERSION, fontsDir: cliAssets().fontsDir });
            if (output === undefined) {
                if (typeof content === 'string') out.stdout(content);
                else stdout.write(content);
                return ExitCode.ok;
            }
            try {
                await writeFileAtomic(output, content);
            } catch (error) {
                throw cannotWrite(output, error);
            }
            return ExitCode.ok;
        },
    };
}

export const exportCommand: Command = makeExportCommand(processStdout);
