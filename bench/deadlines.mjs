// Deadline and elapsed-time throughput of the Pacto runtime on the Imolko contract (examples/imolko.pacto),
// side by side with moment-business-time (+ moment-timezone) and with a minute-stepping reference.
//
//   node bench/deadlines.mjs            # full run (a few minutes, nearly all of it in the slow contenders)
//   node bench/deadlines.mjs --quick    # fewer instants and runs, for a smoke test
//   node bench/deadlines.mjs --baseline REV   # also time the engine shapes on the runtime of git revision REV
//                                             # (before/after in one run: far-apart starts, pauses, growth)
//
// The runtime is bundled from its TypeScript sources with esbuild into node_modules/.cache (ignored by git),
// with its npm dependencies left external. Everything random comes from one seeded generator, so every run
// computes the same deadlines; only the timings vary. Figures are the median of several runs.
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const quick = process.argv.includes('--quick');
// Collect garbage between timed runs, so one implementation's garbage is not collected on another's time.
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc');

const outfile = path.join(root, 'node_modules/.cache/pacto-bench/runtime.mjs');
await build({
    entryPoints: [path.join(root, 'runtime/index.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    outfile,
    logLevel: 'error',
});
const runtime = await import(pathToFileURL(outfile).href);

// The baseline: runtime/ of another revision, extracted with git archive and bundled the same way.
const baselineAt = process.argv.indexOf('--baseline');
const baselineRev = baselineAt > 0 ? process.argv[baselineAt + 1] : undefined;
let baseline;
if (baselineRev) {
    const dir = mkdtempSync(path.join(tmpdir(), 'pacto-bench-baseline-'));
    execFileSync('sh', ['-c', `git -C "${root}" archive "${baselineRev}" runtime | tar -x -C "${dir}"`]);
    const baselineFile = path.join(root, 'node_modules/.cache/pacto-bench/baseline.mjs');
    await build({ entryPoints: [path.join(dir, 'runtime/index.ts')], bundle: true, platform: 'node', format: 'esm', target: 'node20', packages: 'external', outfile: baselineFile, logLevel: 'error' });
    rmSync(dir, { recursive: true, force: true });
    baseline = await import(pathToFileURL(baselineFile).href);
}
const { BusinessCalendar, publicHolidays, formatInstant } = runtime;
const { DateTime } = await import('luxon');

// ---------------------------------------------------------------------------------------------------------
// The contract, by hand, as examples/imolko.pacto states it.

const ZONE = 'America/Caracas';
const OFICINA = {
    name: 'Oficina',
    zone: ZONE,
    weekly: [1, 2, 3, 4, 5].flatMap((day) => [
        { day, start: 8 * 60, end: 12 * 60 },
        { day, start: 13 * 60, end: 17 * 60 },
    ]),
    holidayRegions: [{ country: 'VE' }],
    holidays: [{ date: '2026-08-14', title: 'Aniversario de la empresa' }],
    specialHours: [],
};
/** [category, target, business hours]: every deadline a ticket of that category gets. */
const TARGETS = [
    ['Critica', 'response', 1],
    ['Critica', 'resolution', 4],
    ['Grave', 'response', 2],
    ['Grave', 'resolution', 20],
    ['Menor', 'resolution', 112],
    ['Informacion', 'resolution', 16],
    ['Requerimiento', 'resolution', 240],
];
const MINUTES = TARGETS.map(([, , hours]) => hours * 60);

// ---------------------------------------------------------------------------------------------------------
// Seeded inputs.

function mulberry32(seed) {
    return () => {
        seed = (seed + 0x6d2b79f5) | 0;
        let t = seed;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
}
const random = mulberry32(20260101);
const YEAR_START = DateTime.fromISO('2026-01-01T00:00', { zone: ZONE }).toMillis();
const YEAR_END = DateTime.fromISO('2027-01-01T00:00', { zone: ZONE }).toMillis();
const MINUTE = 60_000;

const COUNT = quick ? 2_000 : 100_000;
const RUNS = quick ? 2 : 7;
/** Opening instants across 2026; every other one has seconds. */
const openings = new Float64Array(COUNT);
for (let i = 0; i < COUNT; i++) {
    const minute = Math.floor(random() * ((YEAR_END - YEAR_START) / MINUTE));
    openings[i] = YEAR_START + minute * MINUTE + (i % 2 === 1 ? Math.floor(random() * 59 + 1) * 1000 : 0);
}
/** Elapsed-time queries: a start in 2026 and an end up to 30 days later, with two pauses inside. */
const spans = new Float64Array(COUNT);
const pauseSets = [];
for (let i = 0; i < COUNT; i++) {
    const from = openings[i];
    const to = from + Math.floor(random() * 30 * 24 * 60) * MINUTE;
    spans[i] = to;
    const a = from + random() * (to - from);
    const b = from + random() * (to - from);
    const [p, q] = a < b ? [a, b] : [b, a];
    pauseSets.push([
        [Math.floor(p), Math.floor(p + random() * 4 * 60 * MINUTE)],
        [Math.floor(q), Math.floor(q + random() * 26 * 60 * MINUTE)],
    ]);
}

// ---------------------------------------------------------------------------------------------------------
// The three implementations.

// Cold start: the first calendar pays for the zone's offsets and the region's holidays; any calendar pays
// for its own table of the year (both are cached afterwards).
function coldDeadline() {
    const started = process.hrtime.bigint();
    BusinessCalendar.fromSpec(OFICINA).addBusiness(openings[0], 240);
    return Number(process.hrtime.bigint() - started) / 1e6;
}
const firstCold = coldDeadline();
const laterCold = median(Array.from({ length: 5 }, coldDeadline));
const calendar = BusinessCalendar.fromSpec(OFICINA);

// moment-business-time with the same week, lunch break and holidays (VE public holidays, 2026–2028).
const moment = require('moment-timezone');
require('moment-business-time');
const holidayDates = ['2026-08-14'];
for (const year of [2026, 2027, 2028]) for (const { date } of publicHolidays({ country: 'VE' }, year)) holidayDates.push(date);
const office = ['08:00:00', '12:00:00', '13:00:00', '17:00:00'];
moment.updateLocale('en', { workinghours: { 0: null, 1: office, 2: office, 3: office, 4: office, 5: office, 6: null }, holidays: holidayDates });
const momentDue = (ms, minutes) => moment.tz(ms, ZONE).addWorkingTime(minutes, 'minutes').valueOf();
const momentElapsed = (from, to) => moment.tz(to, ZONE).workingDiff(moment.tz(from, ZONE), 'milliseconds');

// Minute-stepping reference: walks the timeline a minute boundary at a time, asking luxon for the local
// weekday and time of each step and checking the week, the lunch break and the holiday list.
const holidaySet = new Set(holidayDates.map((date) => Number(date.replaceAll('-', ''))));
function referenceOpen(ms) {
    const local = DateTime.fromMillis(ms, { zone: ZONE });
    if (local.weekday > 5 || holidaySet.has(local.year * 10000 + local.month * 100 + local.day)) return false;
    const minutes = local.hour * 60 + local.minute;
    return (minutes >= 480 && minutes < 720) || (minutes >= 780 && minutes < 1020);
}
function referenceDue(start, minutes) {
    const need = minutes * MINUTE;
    let counted = 0;
    for (let at = start; ; ) {
        // Opening hours change only on minute boundaries, so each step has one state throughout.
        const next = (Math.floor(at / MINUTE) + 1) * MINUTE;
        if (referenceOpen(at)) {
            if (counted + (next - at) >= need) return at + (need - counted);
            counted += next - at;
        }
        at = next;
    }
}
function referenceElapsed(from, to) {
    let counted = 0;
    for (let at = from; at < to; ) {
        const next = Math.min(to, (Math.floor(at / MINUTE) + 1) * MINUTE);
        if (referenceOpen(at)) counted += next - at;
        at = next;
    }
    return counted;
}

// ---------------------------------------------------------------------------------------------------------
// Measurement.

function median(values) {
    const sorted = [...values].sort((a, b) => a - b);
    return sorted[Math.floor(sorted.length / 2)];
}

/**
 * Median operations per second of `body(n)`, which performs `ops(n)` operations over the first n inputs;
 * a run repeats the body until it has taken at least 0.2 s, so timer resolution and JIT tiers do not show.
 */
function measure(runs, n, ops, body) {
    body(Math.min(n, 1000)); // warm-up: JIT, and the calendar's tables for the years involved
    body(n);
    const rates = [];
    for (let r = 0; r < runs; r++) {
        gc();
        const started = process.hrtime.bigint();
        let seconds = 0;
        let repeats = 0;
        do {
            if (Number.isNaN(body(n))) throw new Error('unexpected NaN');
            repeats++;
            seconds = Number(process.hrtime.bigint() - started) / 1e9;
        } while (seconds < (quick ? 0.05 : 0.2));
        rates.push((repeats * ops(n)) / seconds);
    }
    return median(rates);
}

/**
 * The same for implementations too slow to go through all inputs: each run takes the inputs in order, as
 * many as fit in `budget` seconds (at least 20), so every run times the same first inputs.
 */
function measureSlow(runs, budget, limit, opsPerInput, one) {
    one(0);
    const rates = [];
    for (let r = 0; r < runs; r++) {
        gc();
        const started = process.hrtime.bigint();
        let done = 0;
        let seconds = 0;
        do {
            if (Number.isNaN(one(done % limit))) throw new Error('unexpected NaN');
            done++;
            seconds = Number(process.hrtime.bigint() - started) / 1e9;
        } while (seconds < budget || done < (quick ? 3 : 20));
        rates.push((done * opsPerInput) / seconds);
    }
    return median(rates);
}

const perTarget = (n) => n * TARGETS.length;
const deadlinesPacto = (n) => {
    let sink = 0;
    for (let t = 0; t < MINUTES.length; t++) {
        const minutes = MINUTES[t];
        for (let i = 0; i < n; i++) sink += calendar.addBusiness(openings[i], minutes);
    }
    return sink;
};
const deadlinesMoment = (i) => {
    let sink = 0;
    for (const minutes of MINUTES) sink += momentDue(openings[i], minutes);
    return sink;
};
const deadlinesReference = (i) => {
    let sink = 0;
    for (const minutes of MINUTES) sink += referenceDue(openings[i], minutes);
    return sink;
};
const elapsedPacto = (n) => {
    let sink = 0;
    for (let i = 0; i < n; i++) sink += calendar.elapsedBusiness(openings[i], spans[i]);
    return sink;
};
const elapsedPactoPaused = (n) => {
    let sink = 0;
    for (let i = 0; i < n; i++) sink += calendar.elapsedBusiness(openings[i], spans[i], pauseSets[i]);
    return sink;
};
const elapsedMoment = (i) => momentElapsed(openings[i], spans[i]);
/** moment-business-time has no pauses: subtract the working time inside each pause. */
const elapsedMomentPaused = (i) => {
    const from = openings[i];
    const to = spans[i];
    let total = momentElapsed(from, to);
    for (const [ps, pe] of pauseSets[i]) {
        const a = Math.max(ps, from);
        const b = Math.min(pe, to);
        if (b > a) total -= momentElapsed(a, b);
    }
    return total;
};

// Correctness first: the runtime must agree with the reference on a prefix of the inputs.
const PREFIX = quick ? 10 : 200;
let disagreements = 0;
let momentDisagreements = 0;
for (let i = 0; i < PREFIX; i++) {
    for (const minutes of MINUTES) {
        const expected = referenceDue(openings[i], minutes);
        if (calendar.addBusiness(openings[i], minutes) !== expected) {
            disagreements++;
            if (disagreements <= 5) console.error(`deadline mismatch: ${formatInstant(openings[i], ZONE)} + ${minutes} min → ${formatInstant(calendar.addBusiness(openings[i], minutes), ZONE)}, reference ${formatInstant(expected, ZONE)}`);
        }
        if (momentDue(openings[i], minutes) !== expected) momentDisagreements++;
    }
    const expected = referenceElapsed(openings[i], spans[i]);
    if (calendar.elapsedBusiness(openings[i], spans[i]) !== expected) {
        disagreements++;
        if (disagreements <= 5) console.error(`elapsed mismatch at ${formatInstant(openings[i], ZONE)}`);
    }
}
const checked = PREFIX * (MINUTES.length + 1);
console.log(`Agreement with the minute-stepping reference on the first ${PREFIX} instants: ${checked - disagreements}/${checked} results identical.`);
console.log(`(moment-business-time gives the reference's deadline for ${PREFIX * MINUTES.length - momentDisagreements}/${PREFIX * MINUTES.length}.)`);
if (disagreements > 0) process.exitCode = 1;

const SLOW_RUNS = quick ? 1 : 3;
const BUDGET = quick ? 0.2 : 1;

const rows = [];
const fmt = (rate) => (rate >= 1e6 ? `${(rate / 1e6).toFixed(2)} M/s` : rate >= 1e3 ? `${(rate / 1e3).toFixed(1)} k/s` : `${rate.toFixed(0)} /s`);
const times = (a, b) => `${Math.round(a / b).toLocaleString('en')}×`;
function row(label, pacto, momentRate, referenceRate) {
    rows.push({
        label,
        pacto: fmt(pacto),
        'moment-business-time': momentRate ? fmt(momentRate) : '—',
        'minute stepping': referenceRate ? fmt(referenceRate) : '—',
        'vs moment': momentRate ? times(pacto, momentRate) : '—',
        'vs stepping': referenceRate ? times(pacto, referenceRate) : '—',
    });
}

// All of Pacto's measurements first, then the slow ones: their garbage would otherwise land in ours.
const perTargetOne = (minutes, due) => (i) => due(openings[i], minutes);
const perTargetPacto = (minutes) => (n) => {
    let sink = 0;
    for (let i = 0; i < n; i++) sink += calendar.addBusiness(openings[i], minutes);
    return sink;
};
const pacto = {
    all: measure(RUNS, COUNT, perTarget, deadlinesPacto),
    targets: MINUTES.map((minutes) => measure(RUNS, COUNT, (n) => n, perTargetPacto(minutes))),
    elapsed: measure(RUNS, COUNT, (n) => n, elapsedPacto),
    paused: measure(RUNS, COUNT, (n) => n, elapsedPactoPaused),
};
row(
    `all ${TARGETS.length} targets × ${COUNT.toLocaleString('en')} openings`,
    pacto.all,
    measureSlow(SLOW_RUNS, BUDGET, COUNT, TARGETS.length, deadlinesMoment),
    measureSlow(SLOW_RUNS, BUDGET, PREFIX, TARGETS.length, deadlinesReference),
);
for (const [index, [category, target]] of TARGETS.entries()) {
    const minutes = MINUTES[index];
    row(
        `  ${category} ${target} (${minutes / 60} business h)`,
        pacto.targets[index],
        measureSlow(SLOW_RUNS, BUDGET / 2, COUNT, 1, perTargetOne(minutes, momentDue)),
        measureSlow(SLOW_RUNS, BUDGET / 2, PREFIX, 1, perTargetOne(minutes, referenceDue)),
    );
}
row(
    'elapsed, spans up to 30 days',
    pacto.elapsed,
    measureSlow(SLOW_RUNS, BUDGET, COUNT, 1, elapsedMoment),
    measureSlow(SLOW_RUNS, BUDGET, PREFIX, 1, (i) => referenceElapsed(openings[i], spans[i])),
);
row('elapsed with 2 pauses', pacto.paused, measureSlow(SLOW_RUNS, BUDGET, COUNT, 1, elapsedMomentPaused));

console.log(`\nNode ${process.version}; ops/s, median of ${RUNS} runs over ${COUNT.toLocaleString('en')} inputs (the slow ones: ${SLOW_RUNS} runs of ≥ ${BUDGET} s each):\n`);
console.table(rows);
console.log(`\nCold: the first deadline in the process took ${firstCold.toFixed(1)} ms (zone offsets, holidays, the year's table);`);
console.log(`on a new calendar in a warm process ${laterCold.toFixed(2)} ms (the year's table).`);

// ---------------------------------------------------------------------------------------------------------
// Engine shapes (issue 14): each timed on this runtime and, with --baseline, on the baseline's, same inputs.

/** Ops/s of `body(calendar)` (which performs `ops` operations) on a calendar warmed by one call. */
function shape(rt, spec, ops, body) {
    const cal = rt.BusinessCalendar.fromSpec(spec);
    body(cal);
    return measure(RUNS, 1, () => ops, () => body(cal));
}
const SAO_PAULO = {
    name: 'Comercial',
    zone: 'America/Sao_Paulo',
    weekly: [1, 2, 3, 4, 5].map((day) => ({ day, start: 9 * 60, end: 18 * 60 })),
    holidayRegions: [{ country: 'BR', region: 'SP' }],
    holidays: [],
    specialHours: [],
};
// São Paulo's last DST year: clocks jumped at midnight on 2018-11-04 and fell back on 2018-02-17.
const SP_START = DateTime.fromISO('2018-01-01T00:00', { zone: 'America/Sao_Paulo' }).toMillis();
const SP_END = DateTime.fromISO('2019-01-01T00:00', { zone: 'America/Sao_Paulo' }).toMillis();
const spOpenings = new Float64Array(COUNT);
for (let i = 0; i < COUNT; i++) spOpenings[i] = SP_START + Math.floor(random() * ((SP_END - SP_START) / MINUTE)) * MINUTE;
const FAR = 8 * 365 * 86_400_000;
const shapes = [
    ['deadlines 20 h, Mon–Fri 09–18 São Paulo 2018 (DST, BR/SP holidays)', SAO_PAULO, COUNT, (cal) => {
        let sink = 0;
        for (let i = 0; i < COUNT; i++) sink += cal.addBusiness(spOpenings[i], 20 * 60);
        return sink;
    }],
    ['deadlines 4 h, Imolko, starts alternating 2026 / 2018 (8 years apart)', OFICINA, COUNT, (cal) => {
        let sink = 0;
        for (let i = 0; i < COUNT; i++) sink += cal.addBusiness(openings[i] - (i % 2) * FAR, 240);
        return sink;
    }],
    ['deadlines 4 h, Imolko, warm, same year (the reference for the row above)', OFICINA, COUNT, (cal) => {
        let sink = 0;
        for (let i = 0; i < COUNT; i++) sink += cal.addBusiness(openings[i], 240);
        return sink;
    }],
    ['deadlines 20 h, Imolko, with 2 pauses', OFICINA, COUNT, (cal) => {
        let sink = 0;
        for (let i = 0; i < COUNT; i++) sink += cal.addBusiness(openings[i], 20 * 60, pauseSets[i]);
        return sink;
    }],
    ['deadlines 20 h, Imolko, without pauses (the reference for the row above)', OFICINA, COUNT, (cal) => {
        let sink = 0;
        for (let i = 0; i < COUNT; i++) sink += cal.addBusiness(openings[i], 20 * 60);
        return sink;
    }],
];
/**
 * Cold growth: a new calendar's table grown year by year by one deadline N years away (the table extends
 * forward as the search needs it, which the flat table paid for by flattening all years each time), in ms;
 * linear growth keeps ms/year flat as N grows.
 */
function growth(rt, years) {
    const samples = [];
    for (let r = 0; r < 3; r++) {
        const cal = rt.BusinessCalendar.fromSpec({ ...OFICINA, holidayRegions: [], name: `Growth${years}-${r}-${Math.random()}` });
        const from = DateTime.fromISO('2030-01-01T08:00', { zone: ZONE }).toMillis();
        cal.addBusiness(from, 60);
        const started = process.hrtime.bigint();
        // Oficina holds 40 hours a week, 2,080 a year: this deadline falls a little before N years on.
        cal.addBusiness(from, years * 2000 * 60);
        samples.push(Number(process.hrtime.bigint() - started) / 1e6);
    }
    return median(samples);
}
// The zone's offsets for the years grown are looked up once per process: warm them for both runtimes alike.
for (const rt of [runtime, baseline].filter(Boolean)) rt.BusinessCalendar.fromSpec({ ...OFICINA, holidayRegions: [], name: 'ZoneWarm' }).elapsedBusiness(Date.UTC(2029, 0, 1), Date.UTC(2029 + 99, 0, 1));
const shapeRows = [];
const shapeRates = [];
for (const [label, spec, ops, body] of shapes) {
    const now = shape(runtime, spec, ops, body);
    shapeRates.push(now);
    const before = baseline ? shape(baseline, spec, ops, body) : undefined;
    shapeRows.push({ label, pacto: fmt(now), ...(baseline ? { baseline: fmt(before), 'pacto / baseline': `${(now / before).toFixed(2)}×` } : {}) });
}
for (const years of quick ? [10, 40] : [10, 20, 40, 80]) {
    const now = growth(runtime, years);
    const before = baseline ? growth(baseline, years) : undefined;
    shapeRows.push({
        label: `cold table over ${years} years: ms per year`,
        pacto: `${(now / years).toFixed(2)} ms`,
        ...(baseline ? { baseline: `${(before / years).toFixed(2)} ms`, 'pacto / baseline': `${(now / before).toFixed(2)}×` } : {}),
    });
}
console.log(`\nEngine shapes${baseline ? ` (baseline: runtime/ at ${baselineRev})` : ''}, ops/s, median of ${RUNS} runs:\n`);
console.table(shapeRows);
console.log(`far-apart starts cost ${(shapeRates[2] / shapeRates[1]).toFixed(2)}× a warm same-year deadline (goal ≤ 2×);`);
console.log(`a deadline with pauses costs ${(shapeRates[4] / shapeRates[3]).toFixed(2)}× one without (goal ≤ 2×).`);
