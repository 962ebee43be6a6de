/**
 * The compliance report as text, Markdown and HTML, in the contract's locale (the words of
 * runtime/i18n/<lang>/reports.ts, the values of render-values.ts, as the PDF writes them); JSON is the report
 * object itself, never translated. What the contract and the history wrote (names, titles, tickets, contacts,
 * file names) is data: control characters are dropped and each format escapes its own markup.
 */
import { LABELS, REPORT_LABELS, type ReportLabels } from '../i18n/index.js';
import { escapeHtml, escapeMarkdown, stripControls, stripControlsDeep } from '../text/escape.js';
import { formatPercent, longDate } from '../time/format.js';
import { supportedLocale, type SupportedLocale } from '../time/locales.js';
import type { ComplianceReport, PeriodReport } from './compliance.js';
import { formatProblemIn } from './problems.js';
import {
    achievedText,
    creditsText,
    instant,
    metText,
    minutes,
    objectiveName,
    openNext,
    penaltyRow,
    periodTitle,
    rangeOf,
    targetText,
    type TrendChart,
    trendCharts,
} from './render-values.js';
import { trendSvg } from './render-chart.js';

export type ReportFormat = 'text' | 'json' | 'md' | 'html';
export const REPORT_FORMATS: readonly ReportFormat[] = ['text', 'json', 'md', 'html'];

/** The counting rules, stated in every report as in docs/compliance.md (English; each report says them in its locale). */
export const COUNTING_RULES: readonly string[] = REPORT_LABELS.en.countingRules;

export interface ReportRenderOptions {
    /** The contract's display title: the report is then "title (NAME)". */
    title?: string | null;
    /** A CSP nonce for the HTML page's inline <style> (a VS Code webview with `style-src 'nonce-…'`). */
    nonce?: string;
}

/** A table of the report: `bad` marks the cells a reader must see (a missed target, a ticket still open). */
interface Table {
    title: string;
    head: string[];
    rows: string[][];
    bad: boolean[][];
    /** A line shown instead of an empty table; without one, an empty table is left out. */
    empty?: string;
    /** Lines under the title (a cap that lowered the credits). */
    notes?: string[];
}

interface Period {
    heading: string;
    tables: Table[];
}

interface Content {
    title: string;
    lead: string[];
    /** The trend over the periods, drawn where a format can draw (HTML, PDF). */
    trend: { title: string; note: string; charts: TrendChart[] } | null;
    periods: Period[];
    open: Table;
    skipped: { title: string; lines: string[] } | null;
    rules: { title: string; lines: readonly string[] };
}

const noneBad = (rows: string[][]) => rows.map((r) => r.map(() => false));

function periodTables(p: PeriodReport, locale: SupportedLocale, l: ReportLabels): Period {
    const objectives = p.objectives.map((o) => [objectiveName(o), targetText(o, locale), achievedText(o, locale, l), String(o.tickets), metText(o, l)]);
    const penalties = p.penalties.items.map((i) => penaltyRow(i, p.penalties.currency, locale, l));
    const breaches = p.breaches.map((b) => [
        b.ticket,
        b.category,
        b.channel ?? '',
        l.targetKind[b.target],
        instant(b.due, locale),
        b.at ? instant(b.at, locale) : l.stillOpen,
        minutes(b.lateByMinutes, locale),
        b.pausedMinutes ? minutes(b.pausedMinutes, locale) : '',
    ]);
    const escalations = p.escalations.map((e) => [
        e.ticket,
        instant(e.at, locale),
        LABELS[locale].atPercentOf(formatPercent(e.percent, locale), e.target),
        e.notify,
        e.contact ?? '',
        e.onCall ?? '',
    ]);
    const late = p.customerLate.map((c) => [
        c.ticket,
        instant(c.since, locale),
        instant(c.due, locale),
        c.endedAt ? `${instant(c.endedAt, locale)} (${l.endedBy[c.endedBy ?? 'reply']})` : l.stillWaiting,
        minutes(c.lateByMinutes, locale),
        c.pauseCredited ? l.yes : l.no,
    ]);
    const termination = p.termination.map((t) => [t.objective, String(t.consecutiveBelow), String(t.required), t.reached ? l.yes : l.no]);
    return {
        heading: periodTitle(p, locale, l),
        tables: [
            { title: l.objectives, head: [l.objective, l.target, l.achieved, l.tickets, l.met], rows: objectives, bad: p.objectives.map((o) => [false, false, false, false, o.met === false]) },
            {
                title: creditsText(p, locale, l),
                head: [l.kind, l.of, l.amount, l.percentOfFee],
                rows: penalties,
                bad: noneBad(penalties),
                empty: '',
                notes: p.penalties.capped.length ? [l.capped(p.penalties.capped.map((c) => l.cap[c]).join(', '))] : [],
            },
            {
                title: `${l.breaches} (${p.breaches.length})`,
                head: [l.ticket, l.category, l.channel, l.target, l.due, l.fulfilled, l.lateBy, l.paused],
                rows: breaches,
                bad: p.breaches.map((b) => [false, false, false, false, false, b.at === null, false, false]),
                empty: l.noBreaches,
            },
            { title: l.escalations, head: [l.ticket, l.escalatedAt, l.step, l.notify, l.contact, l.onCall], rows: escalations, bad: noneBad(escalations) },
            { title: l.customerLate, head: [l.ticket, l.waitingSince, l.replyDue, l.ended, l.lateBy, l.pauseCredited], rows: late, bad: noneBad(late) },
            {
                title: l.termination,
                head: [l.objective, l.belowInARow, l.terminationAfter, l.reached],
                rows: termination,
                bad: p.termination.map((t) => [false, false, false, t.reached]),
            },
        ],
    };
}

function content(report: ComplianceReport, locale: SupportedLocale, title: string | null): Content {
    const l = REPORT_LABELS[locale];
    const range = rangeOf(report);
    const name = title ? `${title} (${report.contract})` : report.contract;
    const open = report.open.map((o) => [o.ticket, o.category, o.channel ?? '', instant(o.opened, locale), openNext(o, locale, l)]);
    return {
        title: `${l.title}: ${name}`,
        lead: [
            ...(range ? [`${l.range(longDate(range.first, locale), longDate(range.last, locale))}.`] : []),
            l.preamble(report.zone, report.asOf ? instant(report.asOf, locale) : null),
            ...(report.localTimesZone ? [l.localTimes(report.localTimesZone)] : []),
            ...(report.skippedRows.length ? [l.skipped(report.skippedRows.length)] : []),
        ],
        trend: report.periods.length ? { title: l.trend, note: l.trendNote, charts: trendCharts(report, locale, l) } : null,
        periods: report.periods.map((p) => periodTables(p, locale, l)),
        open: {
            title: `${l.open} (${report.open.length})`,
            head: [l.ticket, l.category, l.channel, l.opened, l.next],
            rows: open,
            bad: report.open.map((o) => [false, false, false, false, o.overdue.length > 0]),
            empty: l.noOpen,
        },
        skipped: report.skippedRows.length ? { title: l.skippedRows, lines: report.skippedRows.map((s) => formatProblemIn(s, locale)) } : null,
        rules: { title: l.rules, lines: l.countingRules },
    };
}

const shown = (t: Table) => t.rows.length > 0 || t.empty !== undefined;

function text(c: Content): string {
    const out: string[] = [c.title, ...c.lead, ''];
    const table = (t: Table, indent: string) => {
        out.push(`${indent}${t.title}`);
        for (const note of t.notes ?? []) out.push(`${indent}  ${note}`);
        if (t.rows.length === 0) {
            if (t.empty) out.push(`${indent}  ${t.empty}`);
            return;
        }
        const widths = t.head.map((h, i) => Math.max(h.length, ...t.rows.map((r) => r[i]!.length)));
        const line = (cells: string[]) => `${indent}  ${cells.map((cell, i) => cell.padEnd(widths[i]!)).join('  ')}`.trimEnd();
        out.push(line(t.head), ...t.rows.map(line));
    };
    for (const period of c.periods) {
        out.push(period.heading);
        for (const t of period.tables) if (shown(t)) table(t, '  ');
        out.push('');
    }
    table(c.open, '');
    if (c.skipped) out.push('', c.skipped.title, ...c.skipped.lines.map((s) => `  ${s}`));
    out.push('', c.rules.title, ...c.rules.lines.map((r) => `  - ${r}`));
    return `${out.join('\n')}\n`;
}

/** Text after markup on its line (a heading's hashes, a cell, a list mark): one line. */
const md = (s: string) => escapeMarkdown(s.replace(/\n/g, ' '), { inline: true });

function markdown(c: Content): string {
    const out: string[] = [`# ${md(c.title)}`, '', ...c.lead.map((p) => `${escapeMarkdown(p)}\n`)];
    const table = (t: Table, level: string) => {
        out.push(`${level} ${md(t.title)}`, '');
        for (const note of t.notes ?? []) out.push(escapeMarkdown(note), '');
        if (t.rows.length === 0) {
            if (t.empty) out.push(escapeMarkdown(t.empty), '');
            return;
        }
        const row = (cells: string[]) => `| ${cells.map(md).join(' | ')} |`;
        out.push(row(t.head), `| ${t.head.map(() => '---').join(' | ')} |`, ...t.rows.map(row), '');
    };
    for (const period of c.periods) {
        out.push(`## ${md(period.heading)}`, '');
        for (const t of period.tables) if (shown(t)) table(t, '###');
    }
    table(c.open, '##');
    if (c.skipped) out.push(`## ${md(c.skipped.title)}`, '', ...c.skipped.lines.map((s) => `- ${md(s)}`), '');
    out.push(`## ${md(c.rules.title)}`, '', ...c.rules.lines.map((r) => `- ${md(r)}`), '');
    return out.join('\n');
}

const STYLE =
    'body{font-family:system-ui,sans-serif;margin:2rem;color:var(--vscode-editor-foreground,#1e293b)}table{border-collapse:collapse;margin:.5rem 0 1rem}th,td{border:1px solid var(--vscode-panel-border,#cbd5e1);padding:.25rem .5rem;text-align:left;font-size:.9rem}th{background:var(--vscode-editorWidget-background,#f1f5f9)}.bad{color:var(--vscode-errorForeground,#b91c1c);font-weight:600}.note{opacity:.8}.trend{display:block;max-width:100%;height:auto;margin:.5rem 0 1rem}h2{border-bottom:2px solid var(--vscode-textLink-foreground,#1e3a5f)}';

// The page's colours name VS Code's theme variables with the printed colours as fallbacks: the same page is
// a file opened in a browser and the editor's themed panel (pacto/complianceReport).
function html(c: Content, locale: SupportedLocale, nonce: string | undefined): string {
    const esc = escapeHtml;
    const table = (t: Table, level: string) => {
        const parts = [`<${level}>${esc(t.title)}</${level}>`, ...(t.notes ?? []).map((n) => `<p class="note">${esc(n)}</p>`)];
        if (t.rows.length === 0) {
            if (t.empty) parts.push(`<p>${esc(t.empty)}</p>`);
        } else {
            parts.push(
                `<table><thead><tr>${t.head.map((h) => `<th scope="col">${esc(h)}</th>`).join('')}</tr></thead><tbody>${t.rows
                    .map((r, i) => `<tr>${r.map((cell, j) => `<td${t.bad[i]?.[j] ? ' class="bad"' : ''}>${esc(cell)}</td>`).join('')}</tr>`)
                    .join('')}</tbody></table>`,
            );
        }
        return parts.join('\n');
    };
    const body: string[] = [`<h1>${esc(c.title)}</h1>`, ...c.lead.map((p) => `<p>${esc(p)}</p>`)];
    if (c.trend) body.push(`<section><h2>${esc(c.trend.title)}</h2>`, `<p class="note">${esc(c.trend.note)}</p>`, ...c.trend.charts.map(trendSvg), '</section>');
    for (const period of c.periods) {
        body.push(`<section><h2>${esc(period.heading)}</h2>`, ...period.tables.filter(shown).map((t) => table(t, 'h3')), '</section>');
    }
    body.push(table(c.open, 'h2'));
    if (c.skipped) body.push(`<h2>${esc(c.skipped.title)}</h2><ul>`, ...c.skipped.lines.map((s) => `<li>${esc(s)}</li>`), '</ul>');
    body.push(`<h2>${esc(c.rules.title)}</h2><ul>`, ...c.rules.lines.map((r) => `<li>${esc(r)}</li>`), '</ul>');
    const styleSrc = nonce === undefined ? "'unsafe-inline'" : `'nonce-${esc(nonce)}'`;
    return `<!DOCTYPE html>
<html lang="${esc(locale)}"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src ${styleSrc}">
<title>${esc(c.title)}</title>
<style${nonce === undefined ? '' : ` nonce="${esc(nonce)}"`}>${STYLE}</style>
</head><body>
${body.join('\n')}
</body></html>
`;
}

/**
 * The report as the format asks, in `locale` (the contract's; English when it is not supported); json is
 * exactly the object (schema/compliance-report.schema.json), in no language.
 */
export function renderReport(report: ComplianceReport, format: ReportFormat, locale: string | null | undefined = 'en', options: ReportRenderOptions = {}): string {
    if (format === 'json') return `${JSON.stringify(report, null, 2)}\n`;
    const tag = supportedLocale(locale);
    const c = content(stripControlsDeep(report), tag, options.title ? stripControls(options.title) : null);
    switch (format) {
        case 'text':
            return text(c);
        case 'md':
            return markdown(c);
        case 'html':
            return html(c, tag, options.nonce);
    }
}
