/**
 * The compliance report's trend chart as inline SVG for the HTML page: the PDF's chart (one solid line per
 * objective, its target dashed in the same colour, a marker on every value, gaps where a period has no
 * data), drawn with presentation attributes only, so it needs no script and no style a strict
 * Content-Security-Policy would block. Its text is escaped.
 */
import { escapeHtml } from '../text/escape.js';
import { tickCount, type TrendChart } from './render-values.js';

const WIDTH = 640;
const PLOT_TOP = 24;
const PLOT_HEIGHT = 180;
const LEFT = 52;
// A period's name is centred under its point: the right margin holds half of the last one.
const RIGHT = 44;
const LEGEND_ROW = 16;
const MUTED = '#555555';
const GRID = '#d8dde3';

const n = (v: number) => String(Math.round(v * 10) / 10);

export function trendSvg(chart: TrendChart): string {
    const { series, periods, min, max } = chart;
    const x0 = LEFT;
    const x1 = WIDTH - RIGHT;
    const y0 = PLOT_TOP + PLOT_HEIGHT;
    const legendRows = Math.ceil(series.length / 2);
    const height = y0 + 28 + legendRows * LEGEND_ROW;
    const y = (v: number) => y0 - ((Math.min(Math.max(v, min), max) - min) / (max - min)) * PLOT_HEIGHT;
    const step = periods.length > 1 ? (x1 - x0) / (periods.length - 1) : 0;
    const x = (i: number) => (periods.length > 1 ? x0 + i * step : (x0 + x1) / 2);
    const parts: string[] = [];
    if (chart.title) parts.push(`<text x="0" y="12" font-size="11" fill="${MUTED}">${escapeHtml(chart.title)}</text>`);
    const ticks = tickCount(min, max);
    for (let t = 0; t <= ticks; t++) {
        const v = min + ((max - min) * t) / ticks;
        parts.push(`<line x1="${x0}" y1="${n(y(v))}" x2="${x1}" y2="${n(y(v))}" stroke="${t === 0 ? '#9a9a9a' : GRID}" stroke-width="1"/>`);
        parts.push(`<text x="${x0 - 6}" y="${n(y(v) + 4)}" font-size="11" text-anchor="end" fill="${MUTED}">${escapeHtml(chart.format(v))}</text>`);
    }
    for (const [i, p] of periods.entries()) {
        parts.push(`<text x="${n(x(i))}" y="${y0 + 16}" font-size="11" text-anchor="middle" fill="${MUTED}">${escapeHtml(p)}</text>`);
    }
    for (const s of series) {
        parts.push(`<line x1="${x0}" y1="${n(y(s.target))}" x2="${x1}" y2="${n(y(s.target))}" stroke="${s.color}" stroke-width="1.2" stroke-dasharray="6 4"/>`);
        // A period without data breaks the line.
        let run: string[] = [];
        const flush = () => {
            if (run.length > 1) parts.push(`<polyline points="${run.join(' ')}" fill="none" stroke="${s.color}" stroke-width="2.2"/>`);
            run = [];
        };
        for (const [i, v] of s.values.entries()) {
            if (v === null) flush();
            else run.push(`${n(x(i))},${n(y(v))}`);
        }
        flush();
        for (const [i, v] of s.values.entries()) if (v !== null) parts.push(`<circle cx="${n(x(i))}" cy="${n(y(v))}" r="3.2" fill="${s.color}"/>`);
    }
    const column = (WIDTH - LEFT) / 2;
    for (const [i, s] of series.entries()) {
        const lx = LEFT + (i % 2) * column;
        const ly = y0 + 34 + Math.floor(i / 2) * LEGEND_ROW;
        parts.push(`<line x1="${lx}" y1="${ly - 4}" x2="${lx + 22}" y2="${ly - 4}" stroke="${s.color}" stroke-width="2.2"/>`);
        parts.push(`<text x="${lx + 28}" y="${ly}" font-size="12" fill="currentColor">${escapeHtml(s.label)}</text>`);
    }
    const label = escapeHtml(series.map((s) => s.label).join(', '));
    return `<svg class="trend" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}" role="img" aria-label="${label}" font-family="system-ui, sans-serif">${parts.join('')}</svg>`;
}
