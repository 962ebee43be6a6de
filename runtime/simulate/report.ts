/**
 * The simulation's reports for people, HTML (with charts) and text, in the contract's locale: the words of
 * runtime/i18n/<lang>/simulation.ts, money through the locale's currency format, shares and minutes with
 * its decimal comma. What the contract names (scenario, teams, categories, objectives, titles) is data:
 * control characters are dropped, HTML escaped, and the charts' data is JSON that cannot close its script.
 */
import { type MessageKey, type Translate, tn, translator } from '../i18n/index.js';
import { escapeHtml, stripControlsDeep } from '../text/escape.js';
import { instant, percent } from '../text/figures.js';
import { formatMoney, formatNumber } from '../time/format.js';
import { supportedLocale, type SupportedLocale } from '../time/locales.js';
import type { ObjectiveResult, SimulationResults, Verdict } from './results.js';

export interface ReportOptions {
    /** CSP nonce put on the inline scripts and styles (for a VS Code webview). */
    nonce?: string;
    /**
     * The chart.js UMD build's source, inlined so the page needs no network; null draws no charts (the tables
     * remain). Required: where chart.js is depends on how the host was installed (a bundle's dist/vendor, the
     * .vsix, node_modules), which only the host knows.
     */
    chartJs: string | null;
    /** A webview's `cspSource`, added to the page's Content-Security-Policy for images and fonts. */
    cspSource?: string;
    /** The contract's locale (`contract.locale`); English when absent or not supported. */
    locale?: string | null;
}

/** JSON safe inside a <script> element. */
function scriptJson(value: unknown): string {
    return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

const VERDICTS: Record<Verdict | 'not simulated', MessageKey> = {
    realistic: 'simVerdictRealistic',
    'at risk': 'simVerdictAtRisk',
    unrealistic: 'simVerdictUnrealistic',
    'not simulated': 'simVerdictNotSimulated',
};

// The simulator words its notes and reasons in English for the JSON results; the report says them in the
// reader's language. An unknown sentence is shown as it is.
const REASONS: Record<string, MessageKey> = {
    'availability depends on outages, not on tickets': 'simReasonAvailability',
    'first contact resolution is not modelled by scenarios': 'simReasonFirstContact',
    'customer satisfaction cannot be derived from ticket times': 'simReasonSatisfaction',
    'downtime is not simulated': 'simReasonDowntime',
};

function reasonText(tr: Translate, reason: string): string {
    const key = REASONS[reason];
    return key ? tr(key) : reason;
}

function whatText(tr: Translate, what: string): string {
    const fine = /^fine for (.+)$/.exec(what);
    if (fine) return tr('simWhatFine', { objective: fine[1]! });
    const perBreach = /^per-breach penalty of (.+)$/.exec(what);
    return perBreach ? tr('simWhatPerBreach', { category: perBreach[1]! }) : what;
}

function noteText(tr: Translate, note: string): string {
    if (note === 'the contract states no fee: amounts are percentages of the fee') return tr('simNoteNoFee');
    let m = /^credit for (.+) not included: that objective is not simulated$/.exec(note);
    if (m) return tr('simNoteCreditNotSimulated', { objective: m[1]! });
    m = /^fine for (.+) not included: that objective is not simulated$/.exec(note);
    if (m) return tr('simNoteFineNotSimulated', { objective: m[1]! });
    m = /^(.+) not included: the contract states no fee, so amounts are percentages of it$/.exec(note);
    if (m) return tr('simNoteFixedNoFee', { what: whatText(tr, m[1]!) });
    m = /^(.+) not included: it is in (\S+), the fee in (\S+)$/.exec(note);
    if (m) return tr('simNoteOtherCurrency', { what: whatText(tr, m[1]!), currency: m[2]!, feeCurrency: m[3]! });
    m = /^downtime penalty of (\S+) not included: (.+)$/.exec(note);
    if (m) return tr('simNoteDowntime', { objective: m[1]!, reason: reasonText(tr, m[2]!) });
    return note;
}

/** The words and figures of one report in one locale. */
class Words {
    readonly tr: Translate;

    constructor(readonly locale: SupportedLocale, private readonly results: SimulationResults) {
        this.tr = translator(locale);
    }

    share(x: number | null): string {
        return x === null ? '—' : percent(x, this.locale, 1);
    }

    number(x: number | null): string {
        return x === null ? '—' : formatNumber(x, this.locale, { maximumFractionDigits: 1 });
    }

    /** Business minutes, as hours from two hours on. */
    minutes(x: number | null): string {
        if (x === null) return '—';
        return x < 120 ? this.tr('simMinutes', { minutes: this.number(x) }) : this.tr('simHours', { hours: this.number(x / 60) });
    }

    money(x: number): string {
        const currency = this.results.penalties.currency;
        return currency
            ? formatMoney(x, currency, this.locale)
            : this.tr('simOfFee', { percent: `${formatNumber(x, this.locale, { maximumFractionDigits: 2 })}${this.locale === 'es' ? ' %' : '%'}` });
    }

    verdict(v: Verdict | 'not simulated'): string {
        return this.tr(VERDICTS[v]);
    }

    /** Why the verdict is not realistic: the worst simulated objective, chosen as the simulator chooses it. */
    verdictReason(): string | null {
        const rank: Record<string, number> = { realistic: 0, 'at risk': 1, unrealistic: 2 };
        let worst: { name: string; o: Extract<ObjectiveResult, { simulated: true }> } | null = null;
        for (const [name, o] of Object.entries(this.results.objectives)) {
            if (!o.simulated) continue;
            if (!worst || rank[o.verdict]! > rank[worst.o.verdict]! || (o.verdict === worst.o.verdict && o.probabilityMet < worst.o.probabilityMet)) worst = { name, o };
        }
        if (!worst || worst.o.verdict === 'realistic') return null;
        const objective = worst.o.title ? this.tr('simObjectiveClauseTitled', { objective: worst.name, title: worst.o.title }) : this.tr('simObjectiveClause', { objective: worst.name });
        return this.tr('simVerdictReason', { objective, percent: percent(Math.round(worst.o.probabilityMet * 100) / 100, this.locale, 0) });
    }

    notSimulated(o: ObjectiveResult): string {
        return o.simulated ? '' : reasonText(this.tr, o.reason);
    }

    note(note: string): string {
        return noteText(this.tr, note);
    }

    instant(iso: string): string {
        return instant(iso, this.locale);
    }

    agents(): string {
        return Object.entries(this.results.agents).map(([team, n]) => `${team} ${n}`).join(', ');
    }

    perYear(): string | null {
        const y = this.results.penalties.perYear;
        if (!y) return null;
        const figures = { periods: y.periods, simulated: tn(this.locale, 'simYearsSimulated', y.years), expected: this.money(y.expected), p95: this.money(y.p95), worst: this.money(y.worst) };
        return y.cap !== null ? this.tr('simPerYearCapped', { ...figures, cap: this.money(y.cap) }) : this.tr('simPerYear', figures);
    }
}

/** The results without control characters in any name or title, in the reader's words. */
function wordsOf(results: SimulationResults, locale: string | null | undefined): { r: SimulationResults; w: Words } {
    const r = stripControlsDeep(results);
    return { r, w: new Words(supportedLocale(locale), r) };
}

/**
 * A self-contained HTML report of a simulation: verdicts, per-category and per-objective tables, penalties,
 * and three charts (compliance distribution per objective, queue length over the period, response-time
 * histogram). Pure.
 */
export function simulationReportHtml(results: SimulationResults, options: ReportOptions): string {
    const { r, w } = wordsOf(results, options.locale);
    const { tr, locale } = w;
    const esc = escapeHtml;
    const chartJs = options.chartJs;
    const nonce = options.nonce;
    const n = nonce ? ` nonce="${esc(nonce)}"` : '';
    const csp = [
        "default-src 'none'",
        `img-src data: ${options.cspSource ?? ''}`.trim(),
        `font-src ${options.cspSource ?? "'none'"}`,
        nonce ? `style-src 'nonce-${nonce}'` : "style-src 'unsafe-inline'",
        nonce ? `script-src 'nonce-${nonce}'` : "script-src 'unsafe-inline'",
    ].join('; ');
    const title = r.title ? tr('simTitleWith', { scenario: r.scenario, title: r.title }) : tr('simTitle', { scenario: r.scenario });
    const verdictClass = (v: string) => v.replace(/ /g, '-');
    const row = (cells: string[]) => `<tr>${cells.map((c) => `<td>${esc(c)}</td>`).join('')}</tr>`;
    const head = (cells: string[]) => `<thead><tr>${cells.map((c) => `<th>${esc(c)}</th>`).join('')}</tr></thead>`;

    const categoryRows = Object.entries(r.categories)
        .map(([name, c]) =>
            row([name, w.number(c.tickets), w.share(c.responseOnTime), w.number(c.meanResponseMinutes), w.number(c.p90ResponseMinutes), w.share(c.resolutionOnTime), w.number(c.meanResolutionMinutes), w.number(c.p90ResolutionMinutes), w.number(c.breaches), w.number(c.escalations)]),
        )
        .join('\n');
    const objectiveRows = Object.entries(r.objectives)
        .map(([name, o]) =>
            o.simulated
                ? `<tr><td>${esc(name)}</td><td>${esc(w.share(o.target))}</td><td>${esc(w.share(o.mean))}</td><td>${esc(`${w.share(o.p5)} – ${w.share(o.p95)}`)}</td><td>${esc(w.share(o.probabilityMet))}</td><td class="${verdictClass(o.verdict)}">${esc(w.verdict(o.verdict))}</td></tr>`
                : `<tr><td>${esc(name)}</td><td colspan="4">${esc(tr('simNotSimulated', { reason: w.notSimulated(o) }))}</td><td class="not-simulated">${esc(w.verdict('not simulated'))}</td></tr>`,
        )
        .join('\n');
    // Reports of results written before channels existed have no `channels`.
    const channelRows = Object.entries(r.channels ?? {})
        .map(([name, c]) => row([name, w.number(c.tickets), w.share(c.responseOnTime), w.share(c.resolutionOnTime)]))
        .join('\n');
    const p = r.penalties;
    const simulated = Object.entries(r.objectives).filter(([, o]) => o.simulated);
    const bins = 20;
    const sign = locale === 'es' ? ' %' : '%';
    const histogram = r.responseHistogram;
    const chartData = {
        objectives: simulated.map(([name, o]) => ({ label: tr('simChartTarget', { objective: name, percent: w.share(o.target) }), perRun: o.simulated ? o.perRun : [] })),
        complianceLabels: Array.from({ length: bins }, (_, i) => `${Math.round((100 * i) / bins)}–${Math.round((100 * (i + 1)) / bins)}${sign}`),
        queue: { labels: r.queue.at.map((at) => w.instant(at)), mean: r.queue.mean },
        histogram: {
            labels: histogram.bins.map((b) => (b.to === null ? `≥ ${formatNumber(b.from, locale)}` : `${formatNumber(b.from, locale)}–${formatNumber(b.to, locale)}`)),
            counts: histogram.bins.map((b) => b.count),
        },
        words: {
            share: tr('simChartShare'),
            periods: tr('simChartPeriods'),
            queue: tr('simChartQueue'),
            waited: tr('simChartWaited', { count: histogram.immediate }),
            minutes: tr('simChartMinutes'),
            responses: tr('simChartResponses'),
        },
    };
    const script = chartJs
        ? `<script${n}>${chartJs.replace(/<\/script/gi, '<\\/script')}</script>
<script${n}>
(function () {
  var data = ${scriptJson(chartData)};
  Chart.defaults.animation = false;
  // The box sets the height: in a narrow editor panel a fixed aspect ratio squashes the charts flat.
  Chart.defaults.maintainAspectRatio = false;
  // In a VS Code webview the theme's colours are CSS variables: text and grid lines follow light, dark and
  // high-contrast themes. A standalone report has none and keeps chart.js's defaults.
  var style = getComputedStyle(document.body);
  var foreground = style.getPropertyValue('--vscode-foreground').trim();
  var grid = style.getPropertyValue('--vscode-editorWidget-border').trim() || style.getPropertyValue('--vscode-panel-border').trim();
  if (foreground) Chart.defaults.color = foreground;
  // Only the grid: changing the default border colour would switch off chart.js's automatic dataset colours.
  if (grid) Chart.defaults.scale.grid.color = grid;
  var bins = data.complianceLabels.length;
  new Chart(document.getElementById('compliance'), {
    type: 'bar',
    data: { labels: data.complianceLabels, datasets: data.objectives.map(function (o) {
      var counts = new Array(bins).fill(0);
      o.perRun.forEach(function (v) { counts[Math.min(bins - 1, Math.floor(v * bins))]++; });
      return { label: o.label, data: counts };
    }) },
    options: { scales: { x: { title: { display: true, text: data.words.share } }, y: { title: { display: true, text: data.words.periods } } } }
  });
  new Chart(document.getElementById('queue'), {
    type: 'line',
    data: { labels: data.queue.labels, datasets: [{ label: data.words.queue, data: data.queue.mean, pointRadius: 0 }] },
    options: { scales: { y: { beginAtZero: true } } }
  });
  new Chart(document.getElementById('histogram'), {
    type: 'bar',
    data: { labels: data.histogram.labels, datasets: [{ label: data.words.waited, data: data.histogram.counts }] },
    options: { scales: { x: { title: { display: true, text: data.words.minutes } }, y: { title: { display: true, text: data.words.responses } } } }
  });
})();
</script>`
        : `<p class="note">${esc(tr('simNoCharts'))}</p>`;

    const reason = w.verdictReason();
    // The verdict's word goes into the sentence as marked-up HTML, at a private-use character no text has.
    const SLOT = '\ue000';
    const verdict = `<span class="${verdictClass(r.verdict)}">${esc(w.verdict(r.verdict))}</span>`;
    const perYear = w.perYear();
    return `<!DOCTYPE html>
<html lang="${esc(locale)}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;')}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)}</title>
<style${n}>
body { font-family: system-ui, sans-serif; margin: 2rem; max-width: 70rem; }
table { border-collapse: collapse; margin: 1rem 0; }
th, td { border: 1px solid #bbb; padding: .25rem .5rem; text-align: right; }
td:first-child, th:first-child { text-align: left; }
.realistic { color: #176b28; font-weight: bold; }
.at-risk { color: #a35d00; font-weight: bold; }
.unrealistic { color: #b00020; font-weight: bold; }
.not-simulated { color: #666; }
.chart { position: relative; max-width: 60rem; height: 22rem; margin: 1rem 0 2rem; }
</style>
</head>
<body>
<h1>${esc(title)}</h1>
<p>${esc(tr('simSummary', { contract: r.contract, start: w.instant(r.period.start), end: w.instant(r.period.end), zone: r.period.zone, runs: r.runs, seed: String(r.seed) }))}
${esc(tr('simAgents', { agents: w.agents() }))}</p>
<p>${(reason ? esc(tr('simVerdictBecause', { verdict: SLOT, reason })) : esc(tr('simVerdict', { verdict: SLOT }))).replace(SLOT, verdict)}</p>
<h2>${esc(tr('simObjectives'))}</h2>
<table>${head([tr('simObjective'), tr('simTarget'), tr('simMean'), tr('simRange'), tr('simProbabilityMet'), tr('simVerdictColumn')])}
<tbody>
${objectiveRows}
</tbody></table>
<div class="chart"><canvas id="compliance"></canvas></div>
<h2>${esc(tr('simCategories'))}</h2>
<table>${head([tr('simCategory'), tr('simTicketsPerPeriod'), tr('simResponseOnTime'), tr('simMeanResponse'), tr('simP90'), tr('simResolutionOnTime'), tr('simMeanResolution'), tr('simP90'), tr('simBreaches'), tr('simEscalations')])}
<tbody>
${categoryRows}
</tbody></table>
${channelRows ? `<h2>${esc(tr('simChannels'))}</h2>
<table>${head([tr('simChannel'), tr('simTicketsPerPeriod'), tr('simResponseOnTime'), tr('simResolutionOnTime')])}
<tbody>
${channelRows}
</tbody></table>` : ''}
<h2>${esc(tr('simPenalties'))}</h2>
<p>${esc(tr('simPenaltiesLine', { expected: w.money(p.expected), p95: w.money(p.p95), worst: w.money(p.worst) }))}</p>
${perYear ? `<p>${esc(perYear)}</p>` : ''}
${p.notes.map((note) => `<p class="note">${esc(w.note(note))}</p>`).join('\n')}
<h2>${esc(tr('simQueue'))}</h2>
<div class="chart"><canvas id="queue"></canvas></div>
<h2>${esc(tr('simResponseTimes'))}</h2>
<div class="chart"><canvas id="histogram"></canvas></div>
${script}
</body>
</html>
`;
}

/** The same report for a VS Code webview: scripts and styles carry `nonce`, the CSP allows only them. */
export function simulationReportWebviewHtml(results: SimulationResults, options: ReportOptions & { nonce: string }): string {
    return simulationReportHtml(results, options);
}

/** The report as text (the terminal's summary of `pacto simulate`), in `locale` (the contract's). */
export function simulationReportText(results: SimulationResults, locale: string | null | undefined): string {
    const { r, w } = wordsOf(results, locale);
    const { tr } = w;
    const lines: string[] = [];
    const head = { scenario: r.scenario, contract: r.contract, runs: r.runs, seed: String(r.seed) };
    lines.push(r.title ? tr('simTextScenarioTitled', { ...head, title: r.title }) : tr('simTextScenario', head));
    lines.push(tr('simTextPeriod', { start: w.instant(r.period.start), end: w.instant(r.period.end), zone: r.period.zone, agents: w.agents() }));
    lines.push('', tr('simTextCategories'));
    for (const [name, c] of Object.entries(r.categories)) {
        if (c.tickets === 0) continue;
        const line = tr('simTextCategory', {
            category: name,
            tickets: w.number(c.tickets),
            response: w.share(c.responseOnTime),
            responseMean: w.minutes(c.meanResponseMinutes),
            responseP90: w.minutes(c.p90ResponseMinutes),
            resolution: w.share(c.resolutionOnTime),
            resolutionMean: w.minutes(c.meanResolutionMinutes),
            resolutionP90: w.minutes(c.p90ResolutionMinutes),
            breaches: w.number(c.breaches),
            escalations: w.number(c.escalations),
        });
        lines.push(`  ${line}${c.unfinished > 0 ? `, ${tr('simTextNeverStarted', { count: w.number(c.unfinished) })}` : ''}`);
    }
    lines.push('', tr('simObjectives'));
    for (const [name, o] of Object.entries(r.objectives)) {
        lines.push(
            `  ${o.simulated
                ? tr('simTextObjective', { objective: name, target: w.share(o.target), mean: w.share(o.mean), met: w.share(o.probabilityMet), verdict: w.verdict(o.verdict) })
                : tr('simTextNotSimulated', { objective: name, reason: w.notSimulated(o) })}`,
        );
    }
    const p = r.penalties;
    lines.push('', tr('simTextPenalties', { expected: w.money(p.expected), p95: w.money(p.p95), worst: w.money(p.worst) }));
    const perYear = w.perYear();
    if (perYear) lines.push(`  ${perYear}`);
    for (const note of p.notes) lines.push(`  (${w.note(note)})`);
    const reason = w.verdictReason();
    lines.push('', reason ? tr('simTextVerdictBecause', { verdict: w.verdict(r.verdict), reason }) : tr('simVerdict', { verdict: w.verdict(r.verdict) }));
    return `${lines.join('\n')}\n`;
}
