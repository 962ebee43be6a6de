import { formatDowntime, formatMoney, formatNumber } from '../time/format.js';
import type { ComplianceReport, ObjectiveCompliance, PeriodReport } from './compliance.js';

export type ReportFormat = 'text' | 'json' | 'md' | 'html';
export const REPORT_FORMATS: readonly ReportFormat[] = ['text', 'json', 'md', 'html'];

/** The counting rules, stated in every report as in docs/compliance.md. */
export const COUNTING_RULES: readonly string[] = [
    'A target is on time when it is fulfilled at or before its due instant (the SLA clock of the contract, pauses included).',
    'It is counted in the period that holds the instant it was decided: its fulfilment if met, its due instant if breached (so a breach counts while the ticket is still open); not at all when that instant is outside the range.',
    'Tickets are judged as of the end of the range, or of the history when it ends earlier; a target still pending then is not counted.',
    "Availability of a period is 1 − downtime / the period's real length; outages are merged, clipped to the period, and downtime inside the objective's excluded calendar does not count.",
    'An objective without data in a period (no ticket decided, no outage log, no such column) has no value; none is invented.',
    'Penalties: the worst tier or fine per objective (only objectives measured per the period\'s length), plus per-breach and downtime penalties (each started hour or minute beyond the budget), then the period\'s cap, then the yearly cap over the contract year\'s periods in this report.',
];

function achievedText(o: ObjectiveCompliance, locale: string): string {
    if (o.achieved === null) return 'no data';
    if (o.unit === 'share') return `${formatNumber(o.achieved * 100, locale, { maximumFractionDigits: 2 })}%`;
    if (o.unit === 'minutes') return formatDowntime(o.achieved * 60_000, locale);
    return formatNumber(o.achieved, locale, { maximumFractionDigits: 2 });
}

function targetText(o: ObjectiveCompliance, locale: string): string {
    if (o.unit === 'share') return `≥ ${formatNumber(o.target * 100, locale, { maximumFractionDigits: 3 })}%`;
    if (o.unit === 'minutes') return `≤ ${formatDowntime(o.target * 60_000, locale)}`;
    return `≥ ${formatNumber(o.target, locale)}`;
}

const verdict = (o: ObjectiveCompliance) => (o.met === null ? '—' : o.met ? 'met' : 'MISSED');

function money(p: PeriodReport, locale: string): string {
    const pct = `${formatNumber(p.penalties.percentOfFee, locale, { maximumFractionDigits: 2 })}% of fee`;
    return p.penalties.currency ? `${formatMoney(p.penalties.amount, p.penalties.currency, locale)} (${pct})` : pct;
}

const duration = (minutes: number) => {
    const m = Math.round(minutes);
    return m < 60 ? `${m} min` : m < 1440 ? `${Math.floor(m / 60)} h ${m % 60} min` : `${Math.floor(m / 1440)} d ${Math.floor((m % 1440) / 60)} h`;
};

function rows(report: ComplianceReport, locale: string): { heading: string; tables: { title: string; head: string[]; rows: string[][] }[] }[] {
    return report.periods.map((p) => ({
        heading: `${p.start.slice(0, 10)} to ${p.end.slice(0, 10)}${p.partial ? ' (partial)' : ''}`,
        tables: [
            { title: 'Objectives', head: ['Objective', 'Target', 'Achieved', 'Tickets', 'Verdict'], rows: p.objectives.map((o) => [o.title ? `${o.name} "${o.title}"` : o.name, targetText(o, locale), achievedText(o, locale), String(o.tickets), verdict(o)]) },
            {
                title: 'Breaches',
                head: ['Ticket', 'Category', 'Channel', 'Target', 'Due', 'Fulfilled', 'Late by', 'Paused'],
                rows: p.breaches.map((b) => [b.ticket, b.category, b.channel ?? '', b.target, b.due, b.at ?? 'still open', duration(b.lateByMinutes), duration(b.pausedMinutes)]),
            },
            {
                title: `Penalties: ${money(p, locale)}${p.penalties.capped.length ? ` (capped: ${p.penalties.capped.join(', ')})` : ''}`,
                head: ['Kind', 'Of', 'Amount', '% of fee'],
                rows: p.penalties.items.map((i) => [i.kind + (i.count ? ` × ${i.count}` : ''), i.of, p.penalties.currency ? formatMoney(i.amount, p.penalties.currency, locale) : '', formatNumber(i.percentOfFee, locale, { maximumFractionDigits: 2 })]),
            },
            { title: 'Escalations due', head: ['Ticket', 'At', 'Step', 'Notify', 'On call'], rows: p.escalations.map((e) => [e.ticket, e.at, `${e.percent}% of ${e.target}`, e.contact ? `${e.notify} <${e.contact}>` : e.notify, e.onCall ?? '']) },
            {
                title: 'Customer replies late',
                head: ['Ticket', 'Waiting since', 'Due', 'Ended', 'Late by', 'Pause credited'],
                rows: p.customerLate.map((c) => [c.ticket, c.since, c.due, c.endedAt ? `${c.endedAt} (${c.endedBy})` : 'still waiting', duration(c.lateByMinutes), c.pauseCredited ? 'yes' : 'no']),
            },
            { title: 'Termination', head: ['Objective', 'Periods below in a row', 'Allowed', 'Reached'], rows: p.termination.map((t) => [t.objective, String(t.consecutiveBelow), String(t.required), t.reached ? 'YES' : 'no']) },
        ],
    }));
}

function openRows(report: ComplianceReport): string[][] {
    return report.open.map((o) => [
        o.ticket,
        o.category,
        o.channel ?? '',
        o.overdue.length ? `overdue: ${o.overdue.map((x) => `${x.target} by ${duration(x.lateByMinutes)}`).join(', ')}` : o.next ? `${o.next.target} due ${o.next.due ?? '(paused)'}, ${duration(o.next.remainingMinutes)} of open time left` : 'no target pending',
    ]);
}

function preamble(report: ComplianceReport): string[] {
    return [
        `Compliance of contract ${report.contract}; periods and times in ${report.zone}; tickets judged as of ${report.asOf ?? 'the end of the history'}.`,
        ...(report.localTimesZone ? [`Times without a UTC offset in the files were read in ${report.localTimesZone} (--zone).`] : []),
        ...(report.skippedRows.length ? [`${report.skippedRows.length} bad row${report.skippedRows.length === 1 ? ' was' : 's were'} skipped (listed at the end).`] : []),
    ];
}

function text(report: ComplianceReport, locale: string): string {
    const out: string[] = [...preamble(report), ''];
    for (const period of rows(report, locale)) {
        out.push(period.heading);
        for (const t of period.tables) {
            if (t.rows.length === 0 && t.title !== 'Objectives' && !t.title.startsWith('Penalties')) continue;
            out.push(`  ${t.title}`);
            const widths = t.head.map((h, i) => Math.max(h.length, ...t.rows.map((r) => r[i]!.length)));
            if (t.rows.length) {
                out.push(`    ${t.head.map((h, i) => h.padEnd(widths[i]!)).join('  ')}`.trimEnd());
                for (const r of t.rows) out.push(`    ${r.map((c, i) => c.padEnd(widths[i]!)).join('  ')}`.trimEnd());
            }
        }
        out.push('');
    }
    out.push(`Open tickets at the end: ${report.open.length}`);
    for (const r of openRows(report)) out.push(`  ${r.filter(Boolean).join('  ')}`);
    if (report.skippedRows.length) {
        out.push('', 'Skipped rows:');
        for (const s of report.skippedRows) out.push(`  ${s.file}:${s.row}:${s.column}: ${s.message}`);
    }
    out.push('', 'How it is counted:', ...COUNTING_RULES.map((r) => `  - ${r}`));
    return `${out.join('\n')}\n`;
}

const mdCell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

function markdown(report: ComplianceReport, locale: string): string {
    const out: string[] = [`# Compliance report: ${report.contract}`, '', ...preamble(report), ''];
    const table = (head: string[], body: string[][]) => [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...body.map((r) => `| ${r.map(mdCell).join(' | ')} |`)];
    for (const period of rows(report, locale)) {
        out.push(`## ${period.heading}`, '');
        for (const t of period.tables) {
            if (t.rows.length === 0 && t.title !== 'Objectives' && !t.title.startsWith('Penalties')) continue;
            out.push(`### ${t.title}`, '');
            if (t.rows.length) out.push(...table(t.head, t.rows), '');
        }
    }
    out.push('## Open tickets at the end', '');
    out.push(...(report.open.length ? table(['Ticket', 'Category', 'Channel', 'Next'], openRows(report)) : ['None.']), '');
    if (report.skippedRows.length) out.push('## Skipped rows', '', ...report.skippedRows.map((s) => `- \`${s.file}:${s.row}:${s.column}\`: ${mdCell(s.message)}`), '');
    out.push('## How it is counted', '', ...COUNTING_RULES.map((r) => `- ${r}`), '');
    return out.join('\n');
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function html(report: ComplianceReport, locale: string): string {
    const table = (head: string[], body: string[][]) =>
        `<table><thead><tr>${head.map((h) => `<th>${esc(h)}</th>`).join('')}</tr></thead><tbody>${body.map((r) => `<tr>${r.map((c) => `<td${c === 'MISSED' || c === 'YES' ? ' class="bad"' : ''}>${esc(c)}</td>`).join('')}</tr>`).join('')}</tbody></table>`;
    const body: string[] = [`<h1>Compliance report: ${esc(report.contract)}</h1>`, ...preamble(report).map((p) => `<p>${esc(p)}</p>`)];
    for (const period of rows(report, locale)) {
        body.push(`<section><h2>${esc(period.heading)}</h2>`);
        for (const t of period.tables) {
            if (t.rows.length === 0 && t.title !== 'Objectives' && !t.title.startsWith('Penalties')) continue;
            body.push(`<h3>${esc(t.title)}</h3>`, t.rows.length ? table(t.head, t.rows) : '');
        }
        body.push('</section>');
    }
    body.push('<h2>Open tickets at the end</h2>', report.open.length ? table(['Ticket', 'Category', 'Channel', 'Next'], openRows(report)) : '<p>None.</p>');
    if (report.skippedRows.length) body.push('<h2>Skipped rows</h2><ul>', ...report.skippedRows.map((s) => `<li><code>${esc(`${s.file}:${s.row}:${s.column}`)}</code>: ${esc(s.message)}</li>`), '</ul>');
    body.push('<h2>How it is counted</h2><ul>', ...COUNTING_RULES.map((r) => `<li>${esc(r)}</li>`), '</ul>');
    return `<!DOCTYPE html>
<html lang="${esc(locale)}"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${esc(`Compliance report: ${report.contract}`)}</title>
<style>body{font-family:system-ui,sans-serif;margin:2rem;color:var(--vscode-editor-foreground,#1e293b)}table{border-collapse:collapse;margin:.5rem 0 1rem}th,td{border:1px solid var(--vscode-panel-border,#cbd5e1);padding:.25rem .5rem;text-align:left;font-size:.9rem}th{background:var(--vscode-editorWidget-background,#f1f5f9)}.bad{color:var(--vscode-errorForeground,#b91c1c);font-weight:600}h2{border-bottom:2px solid var(--vscode-textLink-foreground,#1e3a5f)}</style>
</head><body>
${body.join('\n')}
</body></html>
`;
}

// The page's colours name VS Code's theme variables with the printed colours as fallbacks: the same page is
// a file opened in a browser and the editor's themed panel (pacto/complianceReport).

/** The report as the format asks; json is exactly the object (schema/compliance-report.schema.json). */
export function renderReport(report: ComplianceReport, format: ReportFormat, locale = 'en'): string {
    switch (format) {
        case 'json':
            return `${JSON.stringify(report, null, 2)}\n`;
        case 'text':
            return text(report, locale);
        case 'md':
            return markdown(report, locale);
        case 'html':
            return html(report, locale);
    }
}
