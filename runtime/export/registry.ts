/**
 * The export formats, in one table: the CLI's `--format` (its choices, its help, the format inferred from
 * `-o`), the server's `pacto/export` and `pacto/listExportFormats`, and so the editor's picker, all read it.
 * Adding a format is its writer's file plus one entry here.
 */
import type { Contract } from '../model.js';
import { contractHtml } from './html.js';
import { contractJsonText } from './json.js';
import { contractMarkdown } from './markdown.js';
import { contractPdf } from './pdf.js';

export interface RenderOptions {
    /** The Pacto version the JSON export records. */
    pactoVersion: string;
    /** The PDF's fonts folder, from the host (a bundle's dist/fonts); without it, see resolveFontsDir. */
    fontsDir?: string;
}

export interface ExportFormat {
    /** Stable id: what `--format` and `pacto/export` take. Never renamed. */
    readonly id: string;
    /** Other names accepted for it. */
    readonly aliases: readonly string[];
    /** File extension without the dot, for file names and save dialogs. */
    readonly fileExtension: string;
    /** Further extensions that `-o FILE` recognises as this format. */
    readonly otherExtensions: readonly string[];
    /** Short name of what it is, for pickers. */
    readonly label: string;
    /** What it holds, for the CLI's help (wrapped by the caller). */
    readonly description: string;
    /** True for bytes (PDF), false for text. */
    readonly binary: boolean;
    render(contract: Contract, options: RenderOptions): Promise<string | Uint8Array>;
}

export const EXPORT_FORMATS: readonly ExportFormat[] = [
    {
        id: 'json',
        aliases: [],
        fileExtension: 'json',
        otherExtensions: [],
        label: 'JSON (for other tools)',
        description:
            'the lowered contract model for other tools, described by schema/pacto-contract.schema.json (JSON Schema 2020-12): dates ISO 8601, durations {"minutes", "clock", "calendar"} or {"days", "clock": "business", "calendar"}, money {"amount", "currency"}, and the holidays of the term',
        binary: false,
        render: async (contract, options) => contractJsonText(contract, { pactoVersion: options.pactoVersion }),
    },
    {
        id: 'markdown',
        aliases: ['md'],
        fileExtension: 'md',
        otherExtensions: ['markdown'],
        label: 'Markdown (for wikis)',
        description: 'Markdown, for wikis',
        binary: false,
        render: async (contract) => contractMarkdown(contract),
    },
    {
        id: 'html',
        aliases: [],
        fileExtension: 'html',
        otherExtensions: ['htm'],
        label: 'HTML (one self-contained page)',
        description: 'one self-contained HTML page (inline CSS, no remote content), for intranets',
        binary: false,
        render: async (contract) => contractHtml(contract),
    },
    {
        id: 'pdf',
        aliases: [],
        fileExtension: 'pdf',
        otherExtensions: [],
        label: 'PDF (for signing)',
        description:
            'a PDF for signing: parties and term, definitions, service, hours, holidays and channels, categories and targets (per channel too), objectives and how each is measured, escalation and on-call rotations, both parties\' obligations, the breach procedure, penalties with the combination rule and the worst month, termination, reporting, reviews, clauses, worked deadline examples, signatures',
        binary: true,
        render: async (contract, options) => contractPdf(contract, { fontsDir: options.fontsDir }),
    },
];

/** The format named by an id or an alias (case-insensitive), or undefined. */
export function findExportFormat(name: string): ExportFormat | undefined {
    const wanted = name.toLowerCase();
    return EXPORT_FORMATS.find((format) => format.id === wanted || format.aliases.includes(wanted));
}

/** The format a file name's extension designates (`report.PDF` → pdf), or undefined. */
export function exportFormatOfFile(fileName: string): ExportFormat | undefined {
    const dot = fileName.lastIndexOf('.');
    if (dot < 0 || dot < fileName.lastIndexOf('/')) return undefined;
    const extension = fileName.slice(dot + 1).toLowerCase();
    return EXPORT_FORMATS.find((format) => format.fileExtension === extension || format.otherExtensions.includes(extension));
}

/** Every name `--format` accepts: ids and aliases. */
export function exportFormatNames(): string[] {
    return EXPORT_FORMATS.flatMap((format) => [format.id, ...format.aliases]);
}
