// One measured case of the replay bench, in a process of its own so that its peak RSS is its own:
//   node bench/replay/case.mjs parse  HISTORY.csv               # csv-parse, streamed, as runtime/replay/csv.ts calls it
//   node bench/replay/case.mjs read   HISTORY.csv BUNDLE          # Pacto's CSV reader (runtime/replay/csv.ts), as the replay reads
//   node bench/replay/case.mjs replay HISTORY.csv BUNDLE CONTRACT # complianceReport, as `pacto report` calls it
// Prints one JSON line: seconds (the reading/replay only, not loading the contract), cpuSeconds (the process's
// user + system CPU time over the same stretch: what a loaded machine disturbs least), counts, maxRSS in bytes.
import { createReadStream } from 'node:fs';
import { createRequire } from 'node:module';

const [mode, file, bundle, contractFile] = process.argv.slice(2);
const require = createRequire(import.meta.url);
const result = { mode };
let cpuStart;
const cpuSince = (start) => {
    const used = process.cpuUsage(start);
    return (used.user + used.system) / 1e6;
};

if (mode === 'parse') {
    const { parse } = await import('csv-parse');
    const started = performance.now();
    cpuStart = process.cpuUsage();
    // The options and the iteration of runtime/replay/csv.ts, without its per-row work.
    const parser = parse({ delimiter: ',', bom: true, relax_column_count: true, skip_empty_lines: true, info: true, relax_quotes: false });
    const feed = (async () => {
        for await (const chunk of createReadStream(file)) {
            if (!parser.write(chunk)) await new Promise((resolve) => parser.once('drain', resolve));
        }
        parser.end();
    })();
    let rows = 0;
    let tickets = 0;
    for await (const item of parser) {
        rows++;
        if (item.record[2] === 'opened') tickets++;
    }
    await feed;
    result.seconds = (performance.now() - started) / 1000;
    result.cpuSeconds = cpuSince(cpuStart);
    result.events = rows - 1;
    result.tickets = tickets;
} else if (mode === 'read') {
    const { csvBatches } = require(bundle);
    const started = performance.now();
    cpuStart = process.cpuUsage();
    let rows = 0;
    let tickets = 0;
    for await (const batch of csvBatches(createReadStream(file), file)) {
        rows += batch.length;
        for (const row of batch) if (row.fields[2] === 'opened') tickets++;
    }
    result.seconds = (performance.now() - started) / 1000;
    result.cpuSeconds = cpuSince(cpuStart);
    result.events = rows - 1;
    result.tickets = tickets;
} else if (mode === 'lines') {
    // The replay's own reading of Pacto's log (runtime/replay/pacto-lines.ts: fields found in each plain line,
    // times read), handed to a Replay that keeps nothing: what the replay pays before its bookkeeping.
    const { readHistoryBatches, loadContract } = require(bundle);
    const contract = await loadContract(contractFile, undefined, 'report');
    let rows = 0;
    let tickets = 0;
    const sink = {
        contract,
        addPlain: (_text, _from, _to, _key, _at, type) => {
            rows++;
            if (type === 0) tickets++;
            return true;
        },
        add: () => rows++,
    };
    cpuStart = process.cpuUsage();
    const started = performance.now();
    for await (const batch of readHistoryBatches(createReadStream(file), { file, zone: null, format: 'csv', mapping: null }, sink)) rows += batch.length;
    result.seconds = (performance.now() - started) / 1000;
    result.cpuSeconds = cpuSince(cpuStart);
    result.events = rows;
    result.tickets = tickets;
} else if (mode === 'replay') {
    const { complianceReport, loadContract } = require(bundle);
    const contract = await loadContract(contractFile, undefined, 'report');
    const started = performance.now();
    cpuStart = process.cpuUsage();
    const report = await complianceReport({ contract, history: { source: createReadStream(file), file, format: 'csv' } });
    result.seconds = (performance.now() - started) / 1000;
    result.cpuSeconds = cpuSince(cpuStart);
    const sum = (name) => report.periods.reduce((s, p) => s + (p.objectives.find((o) => o.name === name)?.tickets ?? 0), 0);
    result.periods = report.periods.length;
    result.objectives = Object.fromEntries(contract.objectives.map((o) => [o.name, sum(o.name)]));
    result.breaches = report.periods.reduce((s, p) => s + p.breaches.length, 0);
    result.escalations = report.periods.reduce((s, p) => s + p.escalations.length, 0);
    result.skippedRows = report.skippedRows.length;
    result.open = report.open.length;
    result.penalties = report.periods.reduce((s, p) => s + p.penalties.amount, 0);
} else {
    console.error(`unknown case '${mode}'`);
    process.exit(2);
}
result.maxRSS = process.resourceUsage().maxRSS * 1024;
// What is still held at the end (the report, the contract, the runtime): heap and typed arrays, in bytes.
const memory = process.memoryUsage();
result.heapUsed = memory.heapUsed;
result.arrayBuffers = memory.arrayBuffers;
console.log(JSON.stringify(result));
