import { csvRows, headerIndex } from './csv.js';
import { parseEventTime } from './event-time.js';
import { HistoryError, wordedProblem, type RowProblem } from './problems.js';
import type { ByteSource, ReadOptions } from './records.js';

/** A stretch of downtime [start, end). */
export interface Outage {
    readonly start: number;
    readonly end: number;
    readonly planned: boolean;
    readonly row: number;
}

export interface OutageLog {
    readonly outages: readonly Outage[];
    readonly problems: readonly RowProblem[];
    readonly localTimes: boolean;
}

/**
 * An outage log: CSV with a header `start,end[,planned]`. Outage logs are short (one row per incident), so
 * they are held whole; each bad row is a problem like the history's.
 */
export async function readOutages(source: ByteSource, options: ReadOptions): Promise<OutageLog> {
    const outages: Outage[] = [];
    const problems: RowProblem[] = [];
    let columns: Map<string, number> | null = null;
    let localTimes = false;
    const { file } = options;
    for await (const { line, fields } of csvRows(source, file)) {
        if (columns === null) {
            columns = headerIndex(fields);
            if (!columns.has('start') || !columns.has('end')) throw new HistoryError('outageHeader', { file, line: String(line), found: fields.join(', ') });
            continue;
        }
        const at = (name: string) => {
            const i = columns!.get(name);
            return i === undefined || i >= fields.length ? undefined : fields[i]!;
        };
        const col = (name: string) => (columns!.get(name) ?? -1) + 1;
        const times: number[] = [];
        let bad: RowProblem | null = null;
        for (const name of ['start', 'end']) {
            const text = at(name);
            if (text === undefined || text.trim() === '') {
                bad ??= wordedProblem(file, line, col(name), 'outageMissing', { column: name });
                continue;
            }
            const time = parseEventTime(text, options.zone);
            if (!time.ok) bad ??= wordedProblem(file, line, col(name), time.key, time.args, time.reason);
            else {
                times.push(time.ms);
                if (time.local) localTimes = true;
            }
        }
        const plannedText = (at('planned') ?? '').trim().toLowerCase();
        if (!['', 'true', 'false', 'yes', 'no', '1', '0'].includes(plannedText)) bad ??= wordedProblem(file, line, col('planned'), 'outagePlannedNotFlag', { value: at('planned') ?? '' });
        if (!bad && times[1]! <= times[0]!) bad = wordedProblem(file, line, col('end'), 'outageEndsBeforeStart');
        if (bad) problems.push(bad);
        else outages.push({ start: times[0]!, end: times[1]!, planned: ['true', 'yes', '1'].includes(plannedText), row: line });
    }
    if (columns === null) throw new HistoryError('outageEmpty', { file });
    return { outages, problems, localTimes };
}

/** The outages as disjoint, sorted stretches, so overlapping reports of one incident count once. */
export function mergeOutages(outages: readonly Outage[]): [number, number][] {
    const sorted = [...outages].sort((a, b) => a.start - b.start);
    const merged: [number, number][] = [];
    for (const o of sorted) {
        const last = merged[merged.length - 1];
        if (last && o.start <= last[1]) last[1] = Math.max(last[1], o.end);
        else merged.push([o.start, o.end]);
    }
    return merged;
}
