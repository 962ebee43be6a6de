import * as path from 'node:path';
import { contractHtml, contractJsonText, contractMarkdown, contractPdf } from '../../runtime/export/index.js';
import { writeFileAtomic } from '../atomic-write.js';
import type { Command } from '../command.js';
import { loadContract } from '../contract-loader.js';
import { CliError, usageError } from '../errors.js';
import { ExitCode } from '../exit-codes.js';
import { singleFile } from './clock-options.js';

const NAME = 'export';
const FORMATS = ['json', 'md', 'html', 'pdf'] as const;
type Format = (typeof FORMATS)[number];

const EXTENSIONS: Record<string, Format> = { '.json': 'json', '.md': 'md', '.markdown': 'md', '.html': 'html', '.htm': 'html', '.pdf': 'pdf' };

/** Where binary output goes when there is no -o; a seam for tests of the TTY rule. */
export interface BinaryStdout {
    isTTY: boolean;
    write(bytes: Uint8Array): void;
}

const processStdout: BinaryStdout = {
    get isTTY() {
        return Boolean(process.stdout.isTTY);
    },
    write: (bytes) => {
        process.stdout.write(bytes);
    },
};

function formatOf(format: string | undefined, output: string | undefined): Format {
    if (format !== undefined) return format as Format;
    const inferred = output === undefined ? undefined : EXTENSIONS[path.extname(output).toLowerCase()];
    if (inferred) return inferred;
    throw usageError(`'${NAME}' needs --format ${FORMATS.join('|')} (or an -o file ending in .json, .md, .html or .pdf)`, NAME);
}

function reasonOf(error: unknown): string {
    const code = (error as NodeJS.ErrnoException | undefined)?.code;
    const reasons: Record<string, string> = {
        ENOENT: 'no such directory',
        EACCES: 'permission denied',
        EPERM: 'operation not permitted',
        EISDIR: 'is a directory',
        ENOTDIR: 'not a directory',
        EROFS: 'read-only file system',
        ENOSPC: 'no space left on device',
    };
    return (code && reasons[code]) ?? (error instanceof Error ? error.message : String(error));
}

export function makeExportCommand(stdout: BinaryStdout): Command {
    return {
        name: NAME,
        summary: 'write the contract as JSON, Markdown, HTML or a PDF for signing',
        help: `Usage: pacto export FILE --format json|md|html|pdf [-o OUT] [--contract NAME]

Writes the contract as a document in the contract's locale (en, es, pt-BR):
  json   the lowered contract model for other tools, described by schema/pacto-contract.schema.json
         (JSON Schema 2020-12): dates ISO 8601, durations {"minutes", "clock", "calendar"} or
         {"days", "clock": "business", "calendar"}, money {"amount", "currency"}, and the holidays of the term
  md     Markdown, for wikis
  html   one self-contained HTML page (inline CSS, no remote content), for intranets
  pdf    a PDF for signing: parties, term and fee, hours and holidays, categories and targets, objectives,
         escalation, obligations, penalties, termination, reporting, worked deadline examples, signatures

The file must have no errors (nothing is written otherwise).

Options:
  --format FORMAT      json, md, html or pdf; may be left out when -o ends in .json, .md, .html or .pdf
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
            format: { type: 'string', choices: FORMATS },
            output: { type: 'string', short: 'o' },
            contract: { type: 'string' },
        },
        async run(args, out) {
            const file = singleFile(args, NAME);
            const output = args.string('output');
            const format = formatOf(args.string('format'), output);
            if (format === 'pdf' && output === undefined && stdout.isTTY) {
                throw usageError("a pdf is not written to a terminal: give -o FILE.pdf, or redirect the output ('> FILE.pdf')", NAME);
            }
            const contract = await loadContract(file, args.string('contract'), NAME);
            let content: string | Buffer;
            switch (format) {
                case 'json':
                    content = contractJsonText(contract, { pactoVersion: PACTO_VERSION });
                    break;
                case 'md':
                    content = contractMarkdown(contract);
                    break;
                case 'html':
                    content = contractHtml(contract);
                    break;
                case 'pdf':
                    content = await contractPdf(contract);
                    break;
            }
            if (output === undefined) {
                if (typeof content === 'string') out.stdout(content);
                else stdout.write(content);
                return ExitCode.ok;
            }
            try {
                await writeFileAtomic(output, content);
            } catch (error) {
                throw new CliError(`cannot write ${output}: ${reasonOf(error)}`, ExitCode.usage);
            }
            return ExitCode.ok;
        },
    };
}

export const exportCommand: Command = makeExportCommand(processStdout);
