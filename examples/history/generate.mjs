// Writes one realistic ticket history per example contract (and an outage log for the two with
// availability objectives), from a fixed seed, so the files in examples/history/ can be rebuilt exactly:
//   node examples/history/generate.mjs
// Besides random tickets over March and April 2026, each history holds fixed cases the tests rely on: a
// ticket opened on a DST change (where the zone has one), one across a public holiday, a wait for the
// customer across a weekend, a reopening and a category change.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DateTime } from 'luxon';

const here = dirname(fileURLToPath(import.meta.url));

/** mulberry32: small, seedable, good enough for test data. */
function random(seed) {
    let a = seed >>> 0;
    return () => {
        a = (a + 0x6d2b79f5) >>> 0;
        let t = a;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
}

const MIN = 60_000;
const HOUR = 60 * MIN;

const EXAMPLES = [
    {
        name: 'imolko', zone: 'America/Caracas', seed: 11, tickets: 140,
        categories: ['Critica', 'Grave', 'Menor', 'Informacion', 'Requerimiento'], weights: [1, 3, 4, 3, 2],
        channels: ['Formulario', 'Correo', 'Guardia', ''],
        fixed: [
            // Holy Thursday and Good Friday (2 and 3 April) are Venezuelan holidays: due after Easter.
            ['HOL-1', 'Grave', 'Correo', '2026-04-01T16:00', [['responded', 30], ['resolved', 6 * 24 * 60]]],
            ['REOPEN-1', 'Critica', 'Formulario', '2026-03-10T09:00', [['responded', 20], ['resolved', 120], ['reopened', 24 * 60], ['resolved', 26 * 60]]],
            ['CHANGE-1', 'Menor', 'Correo', '2026-03-12T10:00', [['responded', 45], ['category_changed:Critica', 60], ['resolved', 8 * 60]]],
            ['WEEKEND-1', 'Grave', 'Correo', '2026-03-13T15:00', [['responded', 30], ['awaiting_customer', 60], ['customer_replied', 3 * 24 * 60], ['resolved', 3 * 24 * 60 + 120]]],
        ],
    },
    {
        name: 'helpdesk-br', zone: 'America/Sao_Paulo', seed: 22, tickets: 220,
        categories: ['Indisponibilidade', 'Incidente', 'Duvida'], weights: [1, 4, 10],
        channels: ['WhatsApp', 'Email', 'Telefone', ''],
        fixed: [
            // Good Friday (3 April) and Tiradentes (21 April) close the Comercial calendar.
            ['HOL-1', 'Incidente', 'WhatsApp', '2026-04-02T16:00', [['responded', 30], ['resolved', 2 * 24 * 60]]],
            ['HOL-2', 'Duvida', 'Email', '2026-04-20T17:00', [['responded', 24 * 60], ['resolved', 2 * 24 * 60]]],
            ['WEEKEND-1', 'Duvida', 'Email', '2026-03-13T17:00', [['responded', 20], ['awaiting_customer', 30], ['customer_replied', 3 * 24 * 60], ['resolved', 3 * 24 * 60 + 60]]],
            ['REOPEN-1', 'Incidente', 'Email', '2026-03-17T10:00', [['responded', 30], ['resolved', 180], ['reopened', 2 * 24 * 60], ['resolved', 2 * 24 * 60 + 300]]],
            ['CHANGE-1', 'Duvida', 'WhatsApp', '2026-03-18T10:00', [['responded', 10], ['category_changed:Incidente', 40], ['resolved', 10 * 60]]],
            ['PHONE-1', 'Duvida', 'Telefone', '2026-03-19T22:00', [['responded', 1], ['resolved', 30]]],
        ],
        firstContact: 0.6, satisfaction: 5,
    },
    {
        name: 'saas-hosting', zone: 'Europe/London', seed: 33, tickets: 120,
        categories: ['Outage', 'Degraded', 'ServiceRequest'], weights: [1, 3, 8],
        channels: ['Phone', 'Portal', 'StatusPage', ''],
        fixed: [
            // Clocks go forward at 01:00 on 29 March: the Outage's 4 hours are 4 real hours across it.
            ['DST-1', 'Outage', 'Phone', '2026-03-29T00:30', [['responded', 10], ['resolved', 230]]],
            // Good Friday and Easter Monday (3 and 6 April) are English bank holidays.
            ['HOL-1', 'Degraded', 'Portal', '2026-04-02T17:00', [['responded', 40], ['resolved', 5 * 24 * 60]]],
            ['WEEKEND-1', 'ServiceRequest', 'Portal', '2026-03-13T16:00', [['responded', 60], ['awaiting_customer', 90], ['customer_replied', 3 * 24 * 60], ['resolved', 4 * 24 * 60]]],
            ['REOPEN-1', 'Degraded', 'Portal', '2026-03-24T10:00', [['responded', 30], ['resolved', 240], ['reopened', 24 * 60], ['resolved', 24 * 60 + 600]]],
            ['CHANGE-1', 'Degraded', 'Phone', '2026-03-25T11:00', [['responded', 10], ['category_changed:Outage', 30], ['resolved', 300]]],
        ],
        outages: [
            ['2026-03-10T10:00', '2026-03-10T11:10', 'false'],
            ['2026-03-29T02:30', '2026-03-29T03:30', 'true'],
            ['2026-04-05T01:45', '2026-04-05T03:00', 'true'],
            ['2026-04-16T14:00', '2026-04-16T14:20', 'false'],
        ],
    },
    {
        name: 'internal-it', zone: 'Europe/Lisbon', seed: 44, tickets: 160,
        categories: ['MajorIncident', 'Incident', 'AccessRequest', 'NewStarter', 'USIncident'], weights: [1, 6, 4, 2, 3],
        channels: ['Chat', 'Phone', 'PhoneUS', 'Portal', ''],
        fixed: [
            // New York moves to EDT on 8 March, Lisbon to WEST on 29 March.
            ['DST-US', 'USIncident', 'PhoneUS', '2026-03-06T20:30', [['responded', 3 * 24 * 60], ['resolved', 3 * 24 * 60 + 240]]],
            ['DST-PT', 'MajorIncident', 'Phone', '2026-03-29T00:30', [['responded', 20], ['resolved', 300]]],
            // Good Friday (3 April) is a Portuguese holiday.
            ['HOL-1', 'AccessRequest', 'Portal', '2026-04-02T16:00', [['responded', 60], ['resolved', 5 * 24 * 60]]],
            ['WEEKEND-1', 'Incident', 'Chat', '2026-03-13T15:00', [['responded', 30], ['awaiting_customer', 60], ['customer_replied', 3 * 24 * 60], ['resolved', 3 * 24 * 60 + 180]]],
            ['REOPEN-1', 'Incident', 'Portal', '2026-03-18T10:00', [['responded', 30], ['resolved', 300], ['reopened', 2 * 24 * 60], ['resolved', 2 * 24 * 60 + 240]]],
            ['CHANGE-1', 'Incident', 'Chat', '2026-03-19T10:00', [['responded', 15], ['category_changed:MajorIncident', 60], ['resolved', 400]]],
        ],
        firstContact: 0.5, satisfaction: 5,
    },
];

function pick(rnd, items, weights) {
    const total = weights.reduce((s, w) => s + w, 0);
    let x = rnd() * total;
    for (let i = 0; i < items.length; i++) if ((x -= weights[i]) < 0) return items[i];
    return items[items.length - 1];
}

const iso = (ms, zone) => DateTime.fromMillis(ms, { zone }).toISO({ suppressMilliseconds: true });

function randomTicket(rnd, ex, id) {
    // Opened on a weekday of March or April 2026, mostly in office hours.
    const start = DateTime.fromISO('2026-03-02T00:00', { zone: ex.zone });
    let day = start.plus({ days: Math.floor(rnd() * 58) });
    if (day.weekday > 5 && rnd() < 0.8) day = day.plus({ days: 8 - day.weekday });
    const opened = day.plus({ minutes: Math.floor((7 + rnd() * 12) * 60) }).toMillis();
    const category = pick(rnd, ex.categories, ex.weights);
    const channel = ex.channels[Math.floor(rnd() * ex.channels.length)];
    const steps = [];
    let t = 0;
    const later = (meanMinutes) => (t += Math.max(1, Math.round(-Math.log(1 - rnd()) * meanMinutes)));
    steps.push(['responded', later(rnd() < 0.15 ? 600 : 60)]);
    if (rnd() < 0.1) steps.push([`category_changed:${pick(rnd, ex.categories, ex.weights)}`, later(30)]);
    if (rnd() < 0.25) {
        steps.push(['awaiting_customer', later(60)]);
        steps.push(['customer_replied', later(rnd() < 0.3 ? 3000 : 300)]);
    }
    if (rnd() < 0.93) {
        steps.push(['resolved', later(rnd() < 0.2 ? 2400 : 240)]);
        if (rnd() < 0.08) {
            steps.push(['reopened', later(1440)]);
            steps.push(['resolved', later(300)]);
        }
    }
    return [id, category, channel, opened, steps.filter(([e], i, all) => !(e.startsWith('category_changed:') && e.slice(17) === (all.slice(0, i).reverse().find(([x]) => x.startsWith('category_changed:'))?.[0].slice(17) ?? category)))];
}

for (const ex of EXAMPLES) {
    const rnd = random(ex.seed);
    const tickets = [];
    for (const [id, category, channel, local, steps] of ex.fixed) tickets.push([id, category, channel, DateTime.fromISO(local, { zone: ex.zone }).toMillis(), steps]);
    for (let i = 1; i <= ex.tickets; i++) tickets.push(randomTicket(rnd, ex, `${ex.name.slice(0, 2).toUpperCase()}-${String(i).padStart(4, '0')}`));
    const rows = [];
    for (const [id, category, channel, opened, steps] of tickets) {
        rows.push({ at: opened, cells: [id, iso(opened, ex.zone), 'opened', category, channel, '', ''] });
        let resolutions = 0;
        for (const [event, minutes] of steps) {
            const at = opened + minutes * MIN;
            const [name, changed] = event.split(':');
            let fc = '';
            let score = '';
            if (name === 'resolved') {
                if (ex.firstContact !== undefined && resolutions === 0) fc = rnd() < ex.firstContact ? 'true' : 'false';
                // Most customers who rate are content: 4 or 5 six times in ten, else any mark.
                if (ex.satisfaction !== undefined && rnd() < 0.6) score = String(rnd() < 0.6 ? 4 + Math.floor(rnd() * 2) : 1 + Math.floor(rnd() * 5));
                resolutions++;
            }
            rows.push({ at, cells: [id, iso(at, ex.zone), name, changed ?? '', '', fc, score] });
        }
    }
    // A log sorted by time, as help desks export them; a stable sort keeps each ticket's own order.
    rows.sort((a, b) => a.at - b.at);
    const header = ex.firstContact !== undefined ? 'ticket,at,event,category,channel,first_contact,satisfaction' : 'ticket,at,event,category,channel';
    const width = header.split(',').length;
    writeFileSync(join(here, `${ex.name}.csv`), `${header}\n${rows.map((r) => r.cells.slice(0, width).join(',')).join('\n')}\n`);
    if (ex.outages) {
        const lines = ex.outages.map(([s, e, p]) => `${iso(DateTime.fromISO(s, { zone: ex.zone }).toMillis(), ex.zone)},${iso(DateTime.fromISO(e, { zone: ex.zone }).toMillis(), ex.zone)},${p}`);
        writeFileSync(join(here, `${ex.name}-outages.csv`), `start,end,planned\n${lines.join('\n')}\n`);
    }
}
