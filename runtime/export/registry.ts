/**
 * The export formats, in one table: the CLI's `--format` (its choices, its help, the format inferred from
 * `-o`), the server's `pacto/export` and `pacto/listExportFormats`, and so the editor's picker, all read it.
 * Adding a format is its writer's file plus one entry here.
 */
import type { MessageKey } from '../i18n/catalogue.js';
import type { Contract } from '../model.js';
import type { CategoryMap } from '../integrations/help-desk.js';
import type { Notice } from '../integrations/notices.js';
import { freshdeskExport } from './freshdesk.js';
import { contractHtml } from './html.js';
import { contractIcs } from './ics.js';
import { contractJsonText } from './json.js';
import { contractMarkdown } from './markdown.js';
import { opensloExport } from './openslo.js';
import { contractPdf } from './pdf.js';
import { zendeskExport } from './zendesk.js';

export interface RenderOptions {
    /** The Pacto version the JSON export records. */
    pactoVersion: string;
    /** The PDF's fonts folder, from the host (a bundle's dist/fonts); without it, see resolveFontsDir. */
    fontsDir?: string;
    /** Help-desk exports: categories as the desk's priorities or as tags (ticket types); default priorities when they fit. */
    categoryMap?: CategoryMap;
    /**
     * What an export could not carry over (also listed in its output), for the host to show in its reader's
     * language: the CLI prints it on stderr.
     */
    onNotices?: (target: string, notices: readonly Notice[]) => void;
    /**
     * How far a long export is, for the host's progress bar: steps done of steps in all, growing, last with
     * done === total. The PDF writer reports it (a 2,000-category contract takes seconds); the others are quick.
     */
    onProgress?: (done: number, total: number) => void;
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
    /** Short name of what it is, for pickers (English; `labelKey` in the reader's language). */
    readonly label: string;
    readonly labelKey: MessageKey;
    /** What it holds, for the CLI's help (wrapped by the caller; English, `descriptionKey` in the reader's language). */
    readonly description: string;
    readonly descriptionKey: MessageKey;
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
        labelKey: 'exportLabelJson',
        descriptionKey: 'cliFormatJson',
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
        labelKey: 'exportLabelMarkdown',
        descriptionKey: 'cliFormatMarkdown',
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
        labelKey: 'exportLabelHtml',
        descriptionKey: 'cliFormatHtml',
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
        labelKey: 'exportLabelPdf',
        descriptionKey: 'cliFormatPdf',
        binary: true,
        render: async (contract, options) => contractPdf(contract, { fontsDir: options.fontsDir, onProgress: options.onProgress }),
    },
    {
        id: 'zendesk',
        aliases: [],
        fileExtension: 'json',
        otherExtensions: [],
        label: 'Zendesk (schedules, holidays, SLA policies)',
        description:
            'Zendesk Support configuration: the API requests that create the business-hours schedules (Rails time-zone names, weekly intervals, every closed date of the term) and the SLA policies (first reply and resolution per priority or per category tag, business or calendar hours), with what Zendesk cannot hold under "notExpressible" (also on stderr); --category-map priority|tag',
        labelKey: 'exportLabelZendesk',
        descriptionKey: 'cliFormatZendesk',
        binary: false,
        render: async (contract, options) => {
            const { bundle, notices } = zendeskExport(contract, options.categoryMap !== undefined ? { categoryMap: options.categoryMap } : {});
            options.onNotices?.('Zendesk', notices);
            return `${JSON.stringify(bundle, null, 2)}\n`;
        },
    },
    {
        id: 'freshdesk',
        aliases: [],
        fileExtension: 'json',
        otherExtensions: [],
        label: 'Freshdesk (business hours, SLA policies)',
        description:
            'Freshdesk configuration: the API requests of the SLA policies (respond and resolve within, per priority or per ticket type), the business hours and closed dates to enter in its admin pages, and what Freshdesk cannot hold under "notExpressible" (also on stderr); --category-map priority|tag',
        labelKey: 'exportLabelFreshdesk',
        descriptionKey: 'cliFormatFreshdesk',
        binary: false,
        render: async (contract, options) => {
            const { bundle, notices } = freshdeskExport(contract, options.categoryMap !== undefined ? { categoryMap: options.categoryMap } : {});
            options.onNotices?.('Freshdesk', notices);
            return `${JSON.stringify(bundle, null, 2)}\n`;
        },
    },
    {
        id: 'openslo',
        aliases: [],
        fileExtension: 'yaml',
        otherExtensions: ['yml'],
        label: 'OpenSLO v1 (availability objectives)',
        description:
            'OpenSLO v1 YAML, one SLO document per availability objective: a calendar-aligned window in the contract\'s zone, the target as a share of one-minute slices, the SLI by indicatorRef; a maintenance window OpenSLO cannot exclude is annotated and reported on stderr',
        labelKey: 'exportLabelOpenslo',
        descriptionKey: 'cliFormatOpenslo',
        binary: false,
        render: async (contract, options) => {
            const { text, notices } = opensloExport(contract);
            options.onNotices?.('OpenSLO', notices);
            return text;
        },
    },
    {
        id: 'ics',
        aliases: ['ical'],
        fileExtension: 'ics',
        otherExtensions: ['ical'],
        label: 'iCalendar (opening hours and holidays)',
        description:
            'iCalendar (RFC 5545), one VCALENDAR per business calendar: the weekly opening hours as recurring events in the calendar\'s zone with its VTIMEZONE, closed dates as all-day events, special hours as single events, for the term',
        labelKey: 'exportLabelIcs',
        descriptionKey: 'cliFormatIcs',
        binary: false,
        render: async (contract) => contractIcs(contract),
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
