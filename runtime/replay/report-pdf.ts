/**
 * The compliance report as the PDF the contract promises the customer: in the contract's locale, per period
 * the objectives table, the breaches and the credits owed, a trend chart over the periods (pdfkit vector
 * paths, so it prints sharp and its labels stay text), the open-ticket alert list and the counting rules.
 *
 * Fonts and reproducibility follow runtime/export/pdf.ts: the DejaVu faces from the host's fonts folder (the
 * default font is a TTF so pdfkit never loads its AFM Helvetica), and a creation date taken from the report's
 * range, never the clock, so that the same history gives the same bytes.
 */
import type { PdfFont } from '../export/fonts.js';
import { openPdf } from '../export/pdf-document.js';
import { LABELS, REPORT_LABELS, type ReportLabels } from '../i18n/index.js';
import { stripControls, stripControlsDeep } from '../text/escape.js';
import { longDate } from '../time/format.js';
import { supportedLocale, type SupportedLocale } from '../time/locales.js';
import type { ComplianceReport, PeriodReport } from './compliance.js';
import { formatProblemIn } from './problems.js';
import {
    achievedText,
    creditsText,
    instant,
    localDate,
    metText,
    minutes,
    objectiveName,
    openNext,
    penaltyRow,
    periodTitle,
    rangeOf,
    targetText,
    tickCount,
    trendCharts,
    type TrendSeries,
} from './render-values.js';

export interface ReportPdfOptions {
    /** Folder holding the DejaVu TTF files (the host's: cli/assets.ts, language/assets.ts). */
    fontsDir?: string;
    /** The contract's display title, for the document's title; its name otherwise. */
    title?: string | null;
}

type Doc = PDFKit.PDFDocument;

const MARGIN = { top: 64, bottom: 60, left: 50, right: 50 };
const INK = '#1a1a1a';
const MUTED = '#555555';
const RULE = '#9a9a9a';
const ACCENT = '#12304a';
const HEAD_FILL = '#e8ecf0';
const BAD = '#b91c1c';
const GOOD = '#15803d';
const TABLE_SIZE = 8;
const CELL_PAD = 3.5;

class Layout {
    constructor(readonly doc: Doc) {}

    get left(): number {
        return this.doc.page.margins.left;
    }
    get width(): number {
        return this.doc.page.width - this.doc.page.margins.left - this.doc.page.margins.right;
    }
    get bottom(): number {
        return this.doc.page.height - this.doc.page.margins.bottom;
    }

    font(name: PdfFont, size: number, color = INK): this {
        this.doc.font(name).fontSize(size).fillColor(color);
        return this;
    }

    ensure(height: number): void {
        if (this.doc.y + height > this.bottom) {
            this.doc.addPage();
            this.doc.y = this.doc.page.margins.top;
        }
    }

    paragraph(text: string, font: PdfFont = 'sans', size = 9.5, color = INK): void {
        this.font(font, size, color);
        this.ensure(Math.min(this.doc.heightOfString(text, { width: this.width }), size * 2.8));
        this.doc.text(text, this.left, this.doc.y, { width: this.width, lineGap: 1.5 });
        this.doc.y += size * 0.5;
    }

    section(text: string, keep = 80): void {
        this.doc.y += 8;
        this.ensure(keep);
        this.font('sansBold', 14, ACCENT);
        this.doc.text(text, this.left, this.doc.y, { width: this.width });
        const y = this.doc.y + 2;
        this.doc.moveTo(this.left, y).lineTo(this.left + this.width, y).lineWidth(0.6).strokeColor(ACCENT).stroke();
        this.doc.y = y + 8;
    }

    heading(text: string, color = ACCENT, keep = 60): void {
        this.doc.y += 3;
        this.ensure(keep);
        this.font('sansBold', 10.5, color);
        this.doc.text(text, this.left, this.doc.y, { width: this.width });
        this.doc.y += 4;
    }

    /** Whether `text` fits on one line of `width`: most cells do, and pdfkit's line wrapper is slow for thousands. */
    private fits(text: string, width: number): boolean {
        return !text.includes('\n') && this.doc.widthOfString(text) <= width - 0.5;
    }

    private rowHeight(cells: string[], widths: number[], font: PdfFont): number {
        this.font(font, TABLE_SIZE);
        const line = this.doc.currentLineHeight(true);
        return Math.max(...cells.map((c, i) => {
            const width = widths[i]! - 2 * CELL_PAD;
            return this.fits(c, width) ? line : this.doc.heightOfString(c, { width });
        })) + 2 * CELL_PAD;
    }

    private row(cells: string[], widths: number[], font: PdfFont, height: number, fill?: string, colors?: (string | undefined)[]): void {
        const y = this.doc.y;
        if (fill) this.doc.rect(this.left, y, this.width, height).fill(fill);
        let x = this.left;
        for (const [i, cell] of cells.entries()) {
            this.font(font, TABLE_SIZE, colors?.[i] ?? (fill ? ACCENT : INK));
            const width = widths[i]! - 2 * CELL_PAD;
            if (cell !== '') this.doc.text(cell, x + CELL_PAD, y + CELL_PAD, this.fits(cell, width) ? { lineBreak: false } : { width, lineGap: 0 });
            x += widths[i]!;
        }
        this.doc.moveTo(this.left, y + height).lineTo(this.left + this.width, y + height).lineWidth(0.4).strokeColor(RULE).stroke();
        this.doc.y = y + height;
    }

    /** A table whose head repeats on each page it runs onto; `colors` paints single cells (a missed target). */
    table(head: string[], rows: string[][], relative: number[], colors?: (row: string[]) => (string | undefined)[]): void {
        const total = relative.reduce((a, b) => a + b, 0);
        const widths = relative.map((r) => (r / total) * this.width);
        const headHeight = this.rowHeight(head, widths, 'sansBold');
        const heights = rows.map((r) => this.rowHeight(r, widths, 'sans'));
        // The head never ends a page alone: it goes with at least two rows.
        this.ensure(headHeight + (heights[0] ?? 0) + (heights[1] ?? 0));
        this.row(head, widths, 'sansBold', headHeight, HEAD_FILL);
        for (const [i, r] of rows.entries()) {
            if (this.doc.y + heights[i]! > this.bottom) {
                this.doc.addPage();
                this.doc.y = this.doc.page.margins.top;
                this.row(head, widths, 'sansBold', headHeight, HEAD_FILL);
            }
            this.row(r, widths, 'sans', heights[i]!, undefined, colors?.(r));
        }
        this.doc.y += 8;
    }
}


/**
 * A line chart of objectives over the periods: one solid line per objective, its target dashed in the same
 * colour, a marker on every value (a single period is a point), gaps where a period has no data.
 */
function chart(layout: Layout, series: TrendSeries[], periods: string[], axis: { min: number; max: number; format: (v: number) => string; title: string | null }): void {
    const { doc } = layout;
    const legendRows = Math.ceil(series.length / 2);
    const plotHeight = 170;
    const height = plotHeight + 34 + legendRows * 13 + (axis.title ? 12 : 0);
    layout.ensure(height);
    const top = doc.y + (axis.title ? 12 : 0);
    const x0 = layout.left + 46;
    const x1 = layout.left + layout.width - 10;
    const y0 = top + plotHeight;
    if (axis.title) {
        layout.font('sans', 7.5, MUTED);
        doc.text(axis.title, layout.left, top - 12, { width: layout.width, lineBreak: false });
    }
    const ticks = tickCount(axis.min, axis.max);
    const y = (v: number) => y0 - ((Math.min(Math.max(v, axis.min), axis.max) - axis.min) / (axis.max - axis.min)) * plotHeight;
    const step = periods.length > 1 ? (x1 - x0) / (periods.length - 1) : 0;
    const x = (i: number) => (periods.length > 1 ? x0 + i * step : (x0 + x1) / 2);
    for (let t = 0; t <= ticks; t++) {
        const v = axis.min + ((axis.max - axis.min) * t) / ticks;
        doc.moveTo(x0, y(v)).lineTo(x1, y(v)).lineWidth(0.3).strokeColor(t === 0 ? RULE : '#d8dde3').stroke();
        layout.font('sans', 7, MUTED);
        doc.text(axis.format(v), layout.left, y(v) - 4, { width: 42, align: 'right', lineBreak: false });
    }
    for (const [i, p] of periods.entries()) {
        layout.font('sans', 7, MUTED);
        doc.text(p, x(i) - 40, y0 + 4, { width: 80, align: 'center', lineBreak: false });
    }
    for (const s of series) {
        doc.save();
        doc.moveTo(x0, y(s.target)).lineTo(x1, y(s.target)).lineWidth(0.8).dash(4, { space: 3 }).strokeColor(s.color).stroke();
        doc.undash();
        doc.restore();
        let drawing = false;
        for (const [i, v] of s.values.entries()) {
            if (v === null) {
                drawing = false;
                continue;
            }
            if (drawing) doc.lineTo(x(i), y(v));
            else doc.moveTo(x(i), y(v));
            drawing = true;
        }
        doc.lineWidth(1.6).strokeColor(s.color).stroke();
        for (const [i, v] of s.values.entries()) if (v !== null) doc.circle(x(i), y(v), 2.3).fill(s.color);
    }
    let ly = y0 + 20;
    const column = layout.width / 2;
    for (const [i, s] of series.entries()) {
        const lx = layout.left + (i % 2) * column;
        if (i % 2 === 0 && i > 0) ly += 13;
        doc.moveTo(lx, ly + 4).lineTo(lx + 18, ly + 4).lineWidth(1.6).strokeColor(s.color).stroke();
        layout.font('sans', 8, INK);
        doc.text(s.label, lx + 24, ly, { width: column - 28, lineBreak: false, ellipsis: true });
    }
    doc.y = ly + 20;
}

function trend(layout: Layout, report: ComplianceReport, locale: SupportedLocale, l: ReportLabels): void {
    for (const c of trendCharts(report, locale, l)) chart(layout, c.series, c.periods, c);
}

function period(layout: Layout, p: PeriodReport, locale: SupportedLocale, l: ReportLabels): void {
    layout.section(periodTitle(p, locale, l), 120);
    layout.table(
        [l.objective, l.target, l.achieved, l.tickets, l.met],
        p.objectives.map((o) => [objectiveName(o), targetText(o, locale), achievedText(o, locale, l), String(o.tickets), metText(o, l)]),
        [42, 16, 16, 11, 11],
        (r) => [undefined, undefined, undefined, undefined, r[4] === l.no ? BAD : r[4] === l.yes ? GOOD : undefined],
    );
    const pen = p.penalties;
    layout.heading(creditsText(p, locale, l), pen.amount > 0 ? BAD : ACCENT, pen.items.length ? 60 : 20);
    if (pen.capped.length) layout.paragraph(l.capped(pen.capped.map((c) => l.cap[c]).join(', ')), 'sans', 8.5, MUTED);
    if (pen.items.length) layout.table([l.kind, l.of, l.amount, l.percentOfFee], pen.items.map((i) => penaltyRow(i, pen.currency, locale, l)), [22, 44, 18, 16]);
    layout.heading(`${l.breaches} (${p.breaches.length})`, ACCENT, p.breaches.length ? 60 : 20);
    if (!p.breaches.length) layout.paragraph(l.noBreaches, 'sans', 9, MUTED);
    else {
        layout.table(
            [l.ticket, l.category, l.channel, l.target, l.due, l.fulfilled, l.lateBy, l.paused],
            p.breaches.map((b) => [
                b.ticket,
                b.category,
                b.channel ?? '',
                l.targetKind[b.target],
                instant(b.due, locale),
                b.at ? instant(b.at, locale) : l.stillOpen,
                minutes(b.lateByMinutes, locale),
                b.pausedMinutes ? minutes(b.pausedMinutes, locale) : '',
            ]),
            [10, 11, 11, 17, 14.5, 14.5, 13, 9],
            (r) => [undefined, undefined, undefined, undefined, undefined, r[5] === l.stillOpen ? BAD : undefined],
        );
    }
}

/** The compliance report as PDF bytes, in `locale` (a contract's; English when it is not supported). */
export async function complianceReportPdf(given: ComplianceReport, locale: string | null | undefined, options: ReportPdfOptions = {}): Promise<Buffer> {
    // Names, tickets and contacts come from the contract and the history: no control character reaches the page.
    const report = stripControlsDeep(given);
    const title = options.title ? stripControls(options.title) : null;
    const tag = supportedLocale(locale);
    const l = REPORT_LABELS[tag];
    const range = rangeOf(report);
    const name = title ? `${title} (${report.contract})` : report.contract;
    const dates = range ? l.range(longDate(range.first, tag), longDate(range.last, tag)) : '';
    const subtitle = dates ? `${name}. ${dates}` : name;
    const [y, m, d] = (range?.first ?? '2000-01-01').split('-').map(Number) as [number, number, number];
    const { doc, bytes: done } = openPdf({
        ...(options.fontsDir !== undefined ? { fontsDir: options.fontsDir } : {}),
        margins: MARGIN,
        // One the report never names: pdfkit does not cache a registered name whose file is open as the default.
        defaultFont: 'bodyItalic',
        lang: tag,
        info: {
            Title: `${l.title}: ${report.contract}`,
            Subject: subtitle,
            // The same report gives the same bytes: the date is the range's first day.
            CreationDate: new Date(Date.UTC(y, m - 1, d)),
        },
    });

    const layout = new Layout(doc);
    doc.y = MARGIN.top;
    layout.font('sansBold', 19, ACCENT);
    doc.text(l.title, layout.left, doc.y, { width: layout.width, align: 'center' });
    doc.y += 4;
    layout.font('sans', 11.5, MUTED);
    doc.text(name, layout.left, doc.y, { width: layout.width, align: 'center' });
    if (dates) doc.text(dates, layout.left, doc.y + 2, { width: layout.width, align: 'center' });
    doc.y += 14;
    layout.paragraph(l.preamble(report.zone, report.asOf ? instant(report.asOf, tag) : null));
    if (report.localTimesZone) layout.paragraph(l.localTimes(report.localTimesZone));
    if (report.skippedRows.length) layout.paragraph(l.skipped(report.skippedRows.length));

    if (report.periods.length) {
        layout.section(l.trend, 260);
        layout.paragraph(l.trendNote, 'sans', 8.5, MUTED);
        trend(layout, report, tag, l);
    }
    for (const p of report.periods) period(layout, p, tag, l);

    layout.section(`${l.open} (${report.open.length})`, 80);
    if (!report.open.length) layout.paragraph(l.noOpen, 'sans', 9, MUTED);
    else {
        layout.table(
            [l.ticket, l.category, l.channel, l.opened, l.next],
            report.open.map((o) => [o.ticket, o.category, o.channel ?? '', instant(o.opened, tag), openNext(o, tag, l)]),
            [12, 14, 14, 16, 44],
        );
    }
    if (report.skippedRows.length) {
        layout.section(l.skippedRows, 60);
        for (const s of report.skippedRows) layout.paragraph(formatProblemIn(s, tag), 'sans', 8.5);
    }
    layout.section(l.rules, 60);
    for (const rule of l.countingRules) layout.paragraph(`• ${rule}`, 'body', 9);

    // Running header and footer; the bottom margin is lifted while writing the footer, or pdfkit would take
    // text below it as overflow and add a page.
    const pages = doc.bufferedPageRange();
    for (let i = pages.start; i < pages.start + pages.count; i++) {
        doc.switchToPage(i);
        const { width, height, margins } = doc.page;
        const saved = margins.bottom;
        margins.bottom = 0;
        if (i > pages.start) {
            layout.font('sans', 8, MUTED);
            doc.text(`${l.title}: ${report.contract}`, margins.left, 30, { width: width - margins.left - margins.right, lineBreak: false, ellipsis: true });
            doc.moveTo(margins.left, 44).lineTo(width - margins.right, 44).lineWidth(0.4).strokeColor(RULE).stroke();
        }
        doc.moveTo(margins.left, height - 44).lineTo(width - margins.right, height - 44).lineWidth(0.4).strokeColor(RULE).stroke();
        layout.font('sans', 8, MUTED);
        doc.text(`${report.contract}${range ? `, ${localDate(range.first, tag)} – ${localDate(range.last, tag)}` : ''}`, margins.left, height - 38, { width: (width - margins.left - margins.right) * 0.7, lineBreak: false });
        doc.text(LABELS[tag].page(i - pages.start + 1, pages.count), width / 2, height - 38, { width: width / 2 - margins.right, align: 'right', lineBreak: false });
        margins.bottom = saved;
    }
    doc.end();
    return done;
}
