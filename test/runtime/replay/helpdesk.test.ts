import { describe, expect, it } from 'vitest';
import { complianceReport, parseMapping, type Mapping } from '../../../runtime/index.js';
import { exampleContract } from '../export/examples.js';

async function* text(s: string): AsyncGenerator<string> {
    yield s;
}

function mapping(json: unknown): Mapping {
    const m = parseMapping(json);
    if (m instanceof Error) throw m;
    return m;
}

const summary = (r: Awaited<ReturnType<typeof complianceReport>>) => ({
    objectives: r.periods[0]!.objectives.map((o) => [o.name, o.achieved, o.tickets]),
    breaches: r.periods[0]!.breaches.map((b) => [b.ticket, b.category, b.channel, b.target, b.due, b.at]),
    skipped: r.skippedRows,
});

// The shape of GET /api/v2/incremental/ticket_events.json (docs/compliance.md cites Zendesk's reference): audits
// (`event_type` "Audit", `timestamp` in seconds, `via` a text, `system` and `metadata`) with child events
// (Create, Change, Comment; a comment without the comment_events sideload is `comment_present`/`comment_public`).
const ZENDESK = JSON.stringify({
    ticket_events: [
        {
            id: 1, ticket_id: 101, timestamp: 1772456400, created_at: '2026-03-02T13:00:00Z', updater_id: 55, via: 'Mail', system: {}, metadata: {}, event_type: 'Audit',
            child_events: [
                { id: 11, via: 'Mail', via_reference_id: null, comment_present: true, comment_public: true, event_type: 'Comment' },
                { id: 12, via: 'Mail', via_reference_id: null, status: 'new', event_type: 'Create' },
                { id: 13, via: 'Mail', via_reference_id: null, priority: 'urgent', event_type: 'Create' },
            ],
        },
        {
            id: 2, ticket_id: 101, timestamp: 1772458200, created_at: '2026-03-02T13:30:00Z', updater_id: 900, via: 'Web form', system: {}, metadata: {}, event_type: 'Audit',
            child_events: [
                { id: 21, via: 'Web form', via_reference_id: null, comment_present: true, comment_public: true, event_type: 'Comment' },
                { id: 22, via: 'Web form', via_reference_id: null, status: 'pending', previous_value: 'new', event_type: 'Change' },
            ],
        },
        {
            id: 3, ticket_id: 101, timestamp: 1772460000, created_at: '2026-03-02T14:00:00Z', updater_id: 55, via: 'Mail', system: {}, metadata: {}, event_type: 'Audit',
            child_events: [
                { id: 31, via: 'Mail', via_reference_id: null, comment_present: true, comment_public: true, event_type: 'Comment' },
                { id: 32, via: 'Mail', via_reference_id: null, status: 'open', previous_value: 'pending', event_type: 'Change' },
            ],
        },
        {
            id: 4, ticket_id: 101, timestamp: 1772469000, created_at: '2026-03-02T16:30:00Z', updater_id: 900, via: 'Web form', system: {}, metadata: {}, event_type: 'Audit',
            child_events: [{ id: 41, via: 'Web form', via_reference_id: null, status: 'solved', previous_value: 'open', event_type: 'Change' }],
        },
    ],
    next_page: null,
    count: 4,
    end_of_stream: true,
    end_time: 1772469000,
});

// Freshdesk's ticket export (CSV), times in the account's zone without an offset.
const FRESHDESK = `"Ticket ID","Subject","Status","Priority","Source","Type","Agent","Group","Created time","Due by Time","Resolved time","Closed time","Last update time","Initial response time","Time tracked","First response time (in hrs)","Resolution time (in hrs)","Agent interactions","Customer interactions","Resolution status","First response status","Tags","Survey results"
2,"Cannot log in","Resolved","Medium","Email","Incident","Ana Pérez","Soporte","2026-03-02 16:00:00","2026-03-05 11:00:00","2026-03-05 10:00:00","","2026-03-05 10:00:00","2026-03-03 10:00:00","00:00","18.0","66.0","2","1","Within SLA","SLA Violated","",""
`;

// A Jira Service Management status history (one row per transition), Jira's default date format.
const JIRA = `Issue key,Status,Priority,Changed
SD-1,Waiting for support,Highest,02/Mar/26 9:00 AM
SD-1,In progress,Highest,02/Mar/26 9:30 AM
SD-1,Waiting for customer,Highest,02/Mar/26 10:00 AM
SD-1,Waiting for support,Highest,02/Mar/26 11:00 AM
SD-1,Resolved,Highest,02/Mar/26 2:30 PM
`;

describe('help-desk exports (imolko, Caracas UTC−4)', () => {
    it('reads a Zendesk ticket events export: Create sets the category, a public comment by an agent responds, pending waits', async () => {
        const contract = await exampleContract('imolko.pacto');
        const r = await complianceReport({
            contract,
            history: { source: text(ZENDESK), file: 'z.json', format: 'zendesk' },
            mapping: mapping({ format: 'zendesk', categories: { urgent: 'Critica' }, channels: { Mail: 'Correo' } }),
        });
        // Response at 09:30 (due 10:00); resolution at 12:30 (due 14:00): both met.
        expect(summary(r)).toEqual({ objectives: [['RespuestaATiempo', 1, 1], ['ResolucionATiempo', 1, 1]], breaches: [], skipped: [] });
    });

    it('reads the export made with the comment_events sideload: a comment child is the comment itself (public, author_id)', async () => {
        const contract = await exampleContract('imolko.pacto');
        const page = JSON.parse(ZENDESK) as { ticket_events: { child_events: Record<string, unknown>[]; updater_id: number; created_at: string; id: number }[] };
        // The agent's 09:30 comment alone answers (no status change with it); the ticket is then solved at 12:30.
        page.ticket_events = [page.ticket_events[0]!, { ...page.ticket_events[1]!, child_events: page.ticket_events[1]!.child_events.filter((c) => c['event_type'] === 'Comment') }, page.ticket_events[3]!];
        for (const audit of page.ticket_events) {
            audit.child_events = audit.child_events.map((c) =>
                c['event_type'] !== 'Comment'
                    ? c
                    : {
                          id: c['id'], via: { channel: 'web', source: { from: {}, to: {}, rel: null } }, via_reference_id: null, type: 'Comment', author_id: audit.updater_id,
                          body: 'Gracias', html_body: '<div class="zd-comment"><p dir="auto">Gracias</p></div>', public: true, attachments: [], audit_id: audit.id,
                          created_at: audit.created_at, event_type: 'Comment',
                      },
            );
        }
        const r = await complianceReport({
            contract,
            history: { source: text(JSON.stringify(page)), file: 'z.json', format: 'zendesk' },
            mapping: mapping({ format: 'zendesk', categories: { urgent: 'Critica' }, channels: { Mail: 'Correo' } }),
        });
        expect(summary(r)).toEqual({ objectives: [['RespuestaATiempo', 1, 1], ['ResolucionATiempo', 1, 1]], breaches: [], skipped: [] });
    });

    it('reads a Freshdesk ticket export with --zone: created, initial response and resolved times', async () => {
        const contract = await exampleContract('imolko.pacto');
        const r = await complianceReport({
            contract,
            history: { source: text(FRESHDESK), file: 'f.csv', format: 'csv' },
            mapping: mapping({ format: 'freshdesk', categories: { Medium: 'Grave' }, channels: { Email: 'Correo' } }),
            zone: 'America/Caracas',
        });
        expect(r.localTimesZone).toBe('America/Caracas');
        expect(summary(r)).toEqual({
            objectives: [['RespuestaATiempo', 0, 1], ['ResolucionATiempo', 1, 1]],
            breaches: [['2', 'Grave', 'Correo', 'response', '2026-03-03T09:00:00-04:00', '2026-03-03T10:00:00-04:00']],
            skipped: [],
        });
    });

    it('refuses Freshdesk times without --zone, naming the cell', async () => {
        const contract = await exampleContract('imolko.pacto');
        const r = await complianceReport({
            contract,
            history: { source: text(FRESHDESK), file: 'f.csv', format: 'csv' },
            mapping: mapping({ format: 'freshdesk', categories: { Medium: 'Grave' }, channels: { Email: 'Correo' } }),
            skipBadRows: true,
        });
        expect(r.skippedRows).toEqual([
            { file: 'f.csv', row: 2, column: 9, message: "'2026-03-02 16:00:00' has no UTC offset; add one (-03:00, Z) or give --zone with the zone the times were written in", key: 'eventTimeNoOffset', args: { text: '2026-03-02 16:00:00' } },
        ]);
    });

    it('reads any CSV of status changes through a mapping (Jira Service Management)', async () => {
        const contract = await exampleContract('imolko.pacto');
        const r = await complianceReport({
            contract,
            history: { source: text(JIRA), file: 'j.csv', format: 'csv' },
            mapping: mapping({
                format: 'csv',
                rows: 'events',
                columns: { ticket: 'Issue key', at: 'Changed', status: 'Status', category: 'Priority' },
                timeFormat: 'dd/MMM/yy h:mm a',
                categories: { Highest: 'Critica' },
                statuses: { 'Waiting for support': 'open', 'In progress': 'responded', 'Waiting for customer': 'waiting', Resolved: 'resolved' },
            }),
            zone: 'America/Caracas',
        });
        // imolko's waits do not pause the clock: due 14:00, resolved 14:30.
        expect(summary(r)).toEqual({
            objectives: [['RespuestaATiempo', 1, 1], ['ResolucionATiempo', 0, 1]],
            breaches: [['SD-1', 'Critica', null, 'resolution', '2026-03-02T14:00:00-04:00', '2026-03-02T14:30:00-04:00']],
            skipped: [],
        });
    });

    it('says what is wrong with a mapping', () => {
        expect((parseMapping({ format: 'csv', rows: 'events', columns: { ticket: 'K', at: 'T', status: 'S', categroy: 'P' } }) as Error).message).toBe(
            'unknown column role "categroy" in "columns"; did you mean "category"?',
        );
        expect((parseMapping({ rows: 'tickets', columns: { ticket: 'ID' } }) as Error).message).toBe('"columns" must name "opened", "category" for rows of tickets');
    });
});

describe('GLPI (the mapping of docs/compliance.md)', () => {
    it('reads its semicolon-separated ticket export', async () => {
        const contract = await exampleContract('imolko.pacto');
        const glpi = `ID;Title;Status;Opening date;Take into account date;Resolution date;Closing date;Priority;Request source
7;Servidor caído;Closed;2026-03-02 09:00;2026-03-02 09:20;2026-03-02 14:10;2026-03-03 08:00;Very high;E-Mail
`;
        const r = await complianceReport({
            contract,
            history: { source: text(glpi), file: 'glpi.csv', format: 'csv' },
            mapping: mapping({
                format: 'csv',
                rows: 'tickets',
                delimiter: ';',
                columns: { ticket: 'ID', opened: 'Opening date', responded: 'Take into account date', resolved: 'Resolution date', closed: 'Closing date', category: 'Priority', channel: 'Request source' },
                categories: { 'Very high': 'Critica', High: 'Grave', Medium: 'Menor', Low: 'Informacion' },
                channels: { Helpdesk: 'Formulario', 'E-Mail': 'Correo', Phone: 'Guardia' },
            }),
            zone: 'America/Caracas',
        });
        // Due 14:00, resolved 14:10.
        expect(summary(r)).toEqual({
            objectives: [['RespuestaATiempo', 1, 1], ['ResolucionATiempo', 0, 1]],
            breaches: [['7', 'Critica', 'Correo', 'resolution', '2026-03-02T14:00:00-04:00', '2026-03-02T14:10:00-04:00']],
            skipped: [],
        });
    });
});
