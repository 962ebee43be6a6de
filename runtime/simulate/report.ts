import type { SimulationResults } from './results.js';

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
}

function escapeHtml(text: string): string {
    return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** JSON safe inside a <script> element. */
function scriptJson(value: unknown): string {
    return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

const pct = (x: number | null) => (x === null ? '—' : `${(x * 100).toFixed(1)} %`);
const num = (x: number | null, digits = 1) => (x === null ? '—' : x.toFixed(digits));

/**
 * A self-contained HTML report of a simulation: verdicts, per-category and per-objective tables, penalties,
 * and three charts (compliance distribution per objective, queue length over the period, response-time
 * histogram). Pure.
 */
export function simulationReportHtml(results: SimulationResults, options: ReportOptions): string {
    const chartJs = options.chartJs;
    const nonce = options.nonce;
    const n = nonce ? ` nonce="${escapeHtml(nonce)}"` : '';
    const csp = [
        "default-src 'none'",
        `img-src data: ${options.cspSource ?? ''}`.trim(),
        `font-src ${options.cspSource ?? "'none'"}`,
        nonce ? `style-src 'nonce-${nonce}'` : "style-src 'unsafe-inline'",
        nonce ? `script-src 'nonce-${nonce}'` : "script-src 'unsafe-inline'",
    ].join('; ');
    const title = `Simulation of ${results.scenario}${results.title ? ` — ${results.title}` : ''}`;
    const verdictClass = (v: string) => v.replace(/ /g, '-');

    const categoryRows = Object.entries(results.categories)
        .map(
            ([name, c]) =>
                `<tr><td>${escapeHtml(name)}</td><td>${num(c.tickets)}</td><td>${pct(c.responseOnTime)}</td><td>${num(c.meanResponseMinutes)}</td><td>${num(c.p90ResponseMinutes)}</td><td>${pct(c.resolutionOnTime)}</td><td>${num(c.meanResolutionMinutes)}</td><td>${num(c.p90ResolutionMinutes)}</td><td>${num(c.breaches)}</td><td>${num(c.escalations)}</td></tr>`,
        )
        .join('\n');
    const objectiveRows = Object.entries(results.objectives)
        .map(([name, o]) =>
            o.simulated
                ? `<tr><td>${escapeHtml(name)}</td><td>${pct(o.target)}</td><td>${pct(o.mean)}</td><td>${pct(o.p5)} – ${pct(o.p95)}</td><td>${pct(o.probabilityMet)}</td><td class="${verdictClass(o.verdict)}">${o.verdict}</td></tr>`
                : `<tr><td>${escapeHtml(name)}</td><td colspan="4">not simulated: ${escapeHtml(o.reason)}</td><td class="not-simulated">not simulated</td></tr>`,
        )
        .join('\n');
    // Reports of results written before channels existed have no `channels`.
    const channelRows = Object.entries(results.channels ?? {})
        .map(([name, c]) => `<tr><td>${escapeHtml(name)}</td><td>${num(c.tickets)}</td><td>${pct(c.responseOnTime)}</td><td>${pct(c.resolutionOnTime)}</td></tr>`)
        .join('\n');
    const p = results.penalties;
    const money = (x: number) => (p.currency ? `${x.toFixed(2)} ${escapeHtml(p.currency)}` : `${x.toFixed(2)} % of fee`);
    const simulated = Object.entries(results.objectives).filter(([, o]) => o.simulated);
    const chartData = {
        objectives: simulated.map(([name, o]) => ({ name, target: o.simulated ? o.target : 0, perRun: o.simulated ? o.perRun : [] })),
        queue: results.queue,
        histogram: results.responseHistogram,
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
  var bins = 20;
  var labels = [];
  for (var i = 0; i < bins; i++) labels.push(Math.round(100 * i / bins) + '–' + Math.round(100 * (i + 1) / bins) + ' %');
  new Chart(document.getElementById('compliance'), {
    type: 'bar',
    data: { labels: labels, datasets: data.objectives.map(function (o) {
      var counts = new Array(bins).fill(0);
      o.perRun.forEach(function (v) { counts[Math.min(bins - 1, Math.floor(v * bins))]++; });
      return { label: o.name + ' (target ' + Math.round(o.target * 1000) / 10 + ' %)', data: counts };
    }) },
    options: { scales: { x: { title: { display: true, text: 'share on time in a period' } }, y: { title: { display: true, text: 'periods' } } } }
  });
  new Chart(document.getElementById('queue'), {
    type: 'line',
    data: { labels: data.queue.at.map(function (t) { return t.slice(0, 16).replace('T', ' '); }), datasets: [{ label: 'tickets waiting (mean)', data: data.queue.mean, pointRadius: 0 }] },
    options: { scales: { y: { beginAtZero: true } } }
  });
  new Chart(document.getElementById('histogram'), {
    type: 'bar',
    data: { labels: data.histogram.bins.map(function (b) { return b.to === null ? '≥ ' + b.from : b.from + '–' + b.to; }),
            datasets: [{ label: 'responses that waited (' + data.histogram.immediate + ' started at once, not shown)', data: data.histogram.bins.map(function (b) { return b.count; }) }] },
    options: { scales: { x: { title: { display: true, text: 'business minutes to respond' } }, y: { title: { display: true, text: 'responses, all runs' } } } }
  });
})();
</script>`
        : '<p class="note">Charts are not available: chart.js could not be found.</p>';

    return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;')}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
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
<h1>${escapeHtml(title)}</h1>
<p>Contract ${escapeHtml(results.contract)}, period ${escapeHtml(results.period.start.slice(0, 16).replace('T', ' '))} to ${escapeHtml(results.period.end.slice(0, 16).replace('T', ' '))} (${escapeHtml(results.period.zone)}), ${results.runs} runs, seed ${results.seed}.
Agents: ${Object.entries(results.agents).map(([t, a]) => `${escapeHtml(t)} ${a}`).join(', ')}.</p>
<p>Verdict: <span class="${verdictClass(results.verdict)}">${results.verdict}</span>${results.verdictReason ? ` — ${escapeHtml(results.verdictReason)}` : ''}</p>
<h2>Objectives</h2>
<table><thead><tr><th>Objective</th><th>Target</th><th>Mean</th><th>5th–95th pct</th><th>P(met)</th><th>Verdict</th></tr></thead>
<tbody>
${objectiveRows}
</tbody></table>
<div class="chart"><canvas id="compliance"></canvas></div>
<h2>Categories</h2>
<table><thead><tr><th>Category</th><th>Tickets/period</th><th>Response on time</th><th>Mean response (min)</th><th>p90</th><th>Resolution on time</th><th>Mean resolution (min)</th><th>p90</th><th>Breaches</th><th>Escalations</th></tr></thead>
<tbody>
${categoryRows}
</tbody></table>
${channelRows ? `<h2>Channels</h2>
<table><thead><tr><th>Channel</th><th>Tickets/period</th><th>Response on time</th><th>Resolution on time</th></tr></thead>
<tbody>
${channelRows}
</tbody></table>` : ''}
<h2>Penalties per period</h2>
<p>Expected ${money(p.expected)}, 95th percentile ${money(p.p95)}, worst ${money(p.worst)} (after caps).</p>
${p.perYear ? `<p>Per year of ${p.perYear.periods} periods (${p.perYear.years} simulated${p.perYear.cap !== null ? `, capped at ${money(p.perYear.cap)}` : ''}): expected ${money(p.perYear.expected)}, 95th percentile ${money(p.perYear.p95)}, worst ${money(p.perYear.worst)}.</p>` : ''}
${p.notes.map((note) => `<p class="note">${escapeHtml(note)}</p>`).join('\n')}
<h2>Queue length over the period</h2>
<div class="chart"><canvas id="queue"></canvas></div>
<h2>Response times</h2>
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
