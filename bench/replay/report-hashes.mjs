// The SHA-256 of JSON.stringify(complianceReport(...)) (or of the bad-rows error and its problems) of one bundle
// (bench/replay/bundle.mjs) on 33 inputs, to compare a change's reports with the code's before it:
//
//   node bench/replay/report-hashes.mjs DIR --make      # writes the histories into DIR (≈ 330 MB, a minute)
//   node bench/replay/report-hashes.mjs DIR BUNDLE.cjs  # one line per input: hash, length, name
//
// Compare bundles on the same DIR: a report's skipped rows name their file, so the hashes depend on its path.
// The inputs: the 1,000,000- and 200,000-ticket histories of generate.mjs (seed 1; the latter with a 1-day window
// and skipping, and cut by month); five 20,000-ticket histories (seeds 2-6) with ≈ 1.4 % bad or unusual rows
// injected — repeated rows, misspelt and miscased events, unknown categories and channels, times with Z, +00:00,
// milliseconds, no offset and -0400, an impossible date, a word, ids with a blank or empty, short and long rows,
// second resolutions, reopenings of open tickets, category changes — one with CRLF endings, one with a quoted id
// at 80 % of the file (the rest goes to csv-parse), one with a non-ASCII channel on half its `opened` rows, one
// with first_contact and satisfaction columns (good and bad values); each skipping, with a zone and a 1-hour
// window, without skipping (the error) and with a range; and the four examples/history files (with skipping and
// a 2-day window too, saas-hosting with its outage log and a range).
import { createHash } from 'node:crypto';
import { createReadStream, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateHistory, random } from './generate.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const [dir, what] = process.argv.slice(2);
if (!dir || !what) {
    console.error('usage: node bench/replay/report-hashes.mjs DIR --make | BUNDLE.cjs');
    process.exit(2);
}


/** The local time of `ms` at `offsetMinutes`, without an offset (YYYY-MM-DDTHH:MM:SS). */
const local = (ms, offsetMinutes) => new Date(ms + offsetMinutes * 60000).toISOString().slice(0, 19);

async function make() {
    mkdirSync(dir, { recursive: true });
    for (const tickets of [200000, 1000000]) await generateHistory(path.join(dir, `h${tickets}.csv`), { tickets, seed: 1 });
    for (const [k, seed, kind] of [[1, 2, 'mixed'], [2, 3, 'crlf'], [3, 4, 'quoted'], [4, 5, 'unicode'], [5, 6, 'ratings']]) {
        const tmp = path.join(dir, `g${k}.csv`);
        await generateHistory(tmp, { tickets: 20000, seed });
        const lines = readFileSync(tmp, 'utf8').trimEnd().split('\n');
        rmSync(tmp);
        const r = random(seed * 7919);
        const out = [kind === 'ratings' ? `${lines[0]},first_contact,satisfaction` : lines[0]];
        for (let i = 1; i < lines.length; i++) {
            let f = lines[i].split(',');
            if (kind === 'ratings') {
                if (f[2] === 'resolved') {
                    const x = r();
                    f.push(x < 0.4 ? 'yes' : x < 0.7 ? 'no' : x < 0.72 ? 'maybe' : '', x < 0.5 ? String(1 + Math.floor(r() * 5)) : x < 0.52 ? '7' : x < 0.53 ? 'good' : '');
                } else f.push('', '');
            }
            if (kind === 'unicode' && f[2] === 'opened' && r() < 0.5) f[4] = 'Teléfono';
            const x = r();
            const ms = Date.parse(f[1]);
            if (x < 0.0015) out.push(f.join(','));
            else if (x < 0.0025) f[2] = f[2].slice(0, -1);
            else if (x < 0.0035) f[2] = f[2][0].toUpperCase() + f[2].slice(1);
            else if (x < 0.0045 && f[2] === 'opened') f[3] = 'Critical';
            else if (x < 0.005 && f[2] === 'opened') f[3] = 'Zzz';
            else if (x < 0.0055 && f[2] === 'opened') f[4] = 'Fax';
            else if (x < 0.0065) f[1] = local(ms, 0) + 'Z';
            else if (x < 0.0075) f[1] = local(ms, 0) + '+00:00';
            else if (x < 0.0085) f[1] = local(ms, -240) + '.250-04:00';
            else if (x < 0.0095) f[1] = local(ms, -240);
            else if (x < 0.01) f[1] = local(ms, -240) + '-0400';
            else if (x < 0.0103) f[1] = '2026-02-30T10:00:00-04:00';
            else if (x < 0.0106) f[1] = 'yesterday';
            else if (x < 0.011) f[0] = ' ' + f[0];
            else if (x < 0.0113) f[0] = '';
            else if (x < 0.0117) f = f.slice(0, 2);
            else if (x < 0.0121) f.push('extra');
            else if (x < 0.0126 && f[2] === 'resolved') {
                out.push(f.join(','));
                f[1] = local(ms + 60000, -240) + '-04:00';
            } else if (x < 0.0131 && f[2] === 'responded') {
                out.push(f.join(','));
                f[1] = local(ms + 60000, -240) + '-04:00';
                f[2] = 'reopened';
            } else if (x < 0.014 && f[2] === 'responded') {
                out.push(f.join(','));
                f[1] = local(ms + 60000, -240) + '-04:00';
                f[2] = 'category_changed';
                f[3] = ['Critica', 'Grave', 'Menor'][Math.floor(r() * 3)];
            }
            if (kind === 'quoted' && i === Math.floor(lines.length * 0.8)) f[0] = `"${f[0]}"`;
            out.push(f.join(','));
        }
        const eol = kind === 'crlf' ? '\r\n' : '\n';
        writeFileSync(path.join(dir, `bad${k}.csv`), out.join(eol) + eol);
    }
}

async function hashes(bundle) {
    const require = createRequire(import.meta.url);
    const { complianceReport, loadContract } = require(path.resolve(bundle));
    const contracts = new Map();
    const contract = async (name) => {
        if (!contracts.has(name)) contracts.set(name, await loadContract(path.join(root, 'examples', `${name}.pacto`), undefined, 'report'));
        return contracts.get(name);
    };
    const inputs = [];
    const add = (name, c, file, extra = {}) => inputs.push({ name, c, file, extra });
    const h200 = path.join(dir, 'h200000.csv');
    add('200k 30d', 'imolko', h200);
    add('200k 1d skip', 'imolko', h200, { reopenWindowMs: 86400000, skipBadRows: true });
    add('200k month', 'imolko', h200, { every: 'month' });
    for (let k = 1; k <= 5; k++) {
        const f = path.join(dir, `bad${k}.csv`);
        add(`bad${k} skip`, 'imolko', f, { skipBadRows: true });
        add(`bad${k} zone 1h`, 'imolko', f, { skipBadRows: true, zone: 'America/Caracas', reopenWindowMs: 3600000 });
        add(`bad${k} error`, 'imolko', f, {});
        add(`bad${k} range`, 'imolko', f, { skipBadRows: true, range: { from: '2026-02-01', to: '2026-05-01' } });
    }
    for (const n of ['imolko', 'helpdesk-br', 'saas-hosting', 'internal-it']) {
        const f = path.join(root, 'examples/history', `${n}.csv`);
        add(n, n, f);
        add(`${n} skip 2d`, n, f, { skipBadRows: true, reopenWindowMs: 2 * 86400000 });
    }
    const outages = path.join(root, 'examples/history/saas-hosting-outages.csv');
    add('saas outages', 'saas-hosting', path.join(root, 'examples/history/saas-hosting.csv'), { outagesFile: outages, range: { from: '2026-03-01', to: '2026-05-01', unit: 'month' } });
    add('1M 30d', 'imolko', path.join(dir, 'h1000000.csv'));
    for (const { name, c, file, extra } of inputs) {
        const { outagesFile, ...rest } = extra;
        let text;
        try {
            const report = await complianceReport({
                contract: await contract(c),
                history: { source: createReadStream(file), file, format: 'csv' },
                ...(outagesFile ? { outages: { source: createReadStream(outagesFile), file: outagesFile } } : {}),
                ...rest,
            });
            text = JSON.stringify(report);
        } catch (error) {
            text = `ERROR ${error.message}${JSON.stringify(error.problems ?? null)}`;
        }
        console.log(createHash('sha256').update(text).digest('hex').slice(0, 16), String(text.length).padStart(10), name);
    }
}

if (what === '--make') await make();
else await hashes(what);
