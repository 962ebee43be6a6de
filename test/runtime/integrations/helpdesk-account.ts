/**
 * What a help desk holds after it is configured from Pacto's bundle, in the shape its API returns: the
 * conformance tests configure from the export, perturb the result, and expect each change reported.
 */
import type { FreshdeskBundle, ZendeskBundle } from '../../../runtime/index.js';

export function zendeskAccountFromBundle(bundle: ZendeskBundle) {
    const ids = new Map<string, number>();
    const schedules: { id: number; name: string; time_zone: string; intervals: { start_time: number; end_time: number }[] }[] = [];
    const holidays: Record<string, { id: number; name: string; start_date: string; end_date: string }[]> = {};
    const sla_policies: Record<string, unknown>[] = [];
    let next = 360000001;
    const idOf = (path: string) => {
        const ref = /\{([^}]+)\}/.exec(path)?.[1];
        const id = ref === undefined ? undefined : ids.get(ref);
        if (id === undefined) throw new Error(`no schedule created for ${path}`);
        return id;
    };
    for (const request of bundle.requests) {
        const body = request.body as Record<string, any>;
        if ('ref' in request) {
            const id = next++;
            ids.set(request.ref, id);
            schedules.push({ id, name: body.schedule.name, time_zone: body.schedule.time_zone, intervals: [] });
        } else if (body.workweek) {
            schedules.find((s) => s.id === idOf(request.path))!.intervals = body.workweek.intervals.map((i: object) => ({ ...i }));
        } else if (body.holiday) {
            (holidays[String(idOf(request.path))] ??= []).push({ id: next++, ...body.holiday });
        } else if (body.sla_policy) {
            sla_policies.push({ id: next++, url: 'https://example.zendesk.com/api/v2/slas/policies.json', ...structuredClone(body.sla_policy), created_at: '2026-01-01T00:00:00Z' });
        }
    }
    return { schedules, holidays, sla_policies };
}

export function freshdeskAccountFromBundle(bundle: FreshdeskBundle) {
    let next = 35000000001;
    const business_hours = Object.values(bundle.businessHours).map((b) => ({ id: next++, ...structuredClone(b), is_default: false }));
    const sla_policies: Record<string, unknown>[] = [];
    for (const request of bundle.requests) {
        const body = structuredClone(request.body);
        if (request.method === 'PUT') sla_policies.push({ id: next++, ...body, is_default: true, active: true, applicable_to: {} });
        else sla_policies.push({ id: next++, ...body, is_default: false, active: true });
    }
    return { business_hours, sla_policies };
}
