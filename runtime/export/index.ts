/**
 * Exports of a contract as documents: JSON for other tools, Markdown and HTML for wikis and intranets,
 * PDF for signing. Pure: model in, string or bytes out (the PDF reads its fonts from disk).
 */
export {
    CONTRACT_SCHEMA_ID,
    type ContractJson,
    type DurationJson,
    type JsonOptions,
    type MoneyJson,
    contractFromJson,
    contractJson,
    contractJsonText,
} from './json.js';
export { type TermHoliday, holidaysInTerm } from './holidays.js';
export { type Block, type ContractDocument, type Section, contractDocument } from './document.js';
export { PDF_FONT_FILES, resolveFontsDir } from './fonts.js';
export { type PdfOptions, contractPdf } from './pdf.js';
export { contractMarkdown } from './markdown.js';
export { type HtmlOptions, contractHtml } from './html.js';
export { EXPORT_FORMATS, type ExportFormat, type RenderOptions, exportFormatNames, exportFormatOfFile, findExportFormat } from './registry.js';
