import { IANAZone } from 'luxon';
import { closest, editDistance } from './util/similar.js';

let canonicalZones: readonly string[] | undefined;

/** The IANA zone names this Node knows, canonical spelling, sorted (for completion and suggestions). */
export function knownZones(): readonly string[] {
    canonicalZones ??= [...Intl.supportedValuesOf('timeZone'), 'UTC'].sort();
    return canonicalZones;
}

const zoneValidity = new Map<string, boolean>();

/** True when `zone` is an IANA zone name (aliases such as "US/Eastern" included). */
export function isKnownZone(zone: string): boolean {
    let valid = zoneValidity.get(zone);
    if (valid === undefined) {
        // Fixed offsets ("UTC+3") are valid for luxon but not IANA zones; a contract must name a real zone.
        valid = (zone.includes('/') || zone === 'UTC') && IANAZone.isValidZone(zone);
        // Asking Intl costs ~100 µs; contracts name a handful of zones many times.
        zoneValidity.set(zone, valid);
    }
    return valid;
}

/** The zone a user most plausibly meant, for "unknown time zone" diagnostics. */
export function suggestZone(zone: string): string | undefined {
    const zones = knownZones();
    const lower = zone.toLowerCase().replace(/ /g, '_');
    const exact = zones.find((z) => z.toLowerCase() === lower);
    if (exact) return exact;
    // "Sao_Paulo" alone, or "america/saopaulo": compare against the city part too.
    const byCity = zones.find((z) => z.toLowerCase().split('/').pop() === lower);
    if (byCity) return byCity;
    const near = closest(zone, zones);
    if (near) return near;
    let best: string | undefined;
    let bestDistance = Infinity;
    for (const z of zones) {
        const city = z.split('/').pop() ?? z;
        const distance = editDistance(lower.split('/').pop() ?? lower, city);
        if (distance < bestDistance) {
            best = z;
            bestDistance = distance;
        }
    }
    return bestDistance <= 2 ? best : undefined;
}
