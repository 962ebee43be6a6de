import { IANAZone } from 'luxon';
import { describe, expect, it } from 'vitest';
import { ZoneTimeline } from '../../../runtime/index.js';

// ZoneTimeline reads offsets from ICU's long offset text ("GMT-04:27:40"), not through luxon's offset(): the
// offsets must be luxon's to the second, local mean times, half and quarter hours, and zero included.
const ZONES = [
    'America/Caracas',
    'America/Sao_Paulo',
    'Europe/London',
    'Africa/Casablanca',
    'Asia/Kathmandu',
    'Australia/Lord_Howe',
    'America/St_Johns',
    'Pacific/Apia',
    'Pacific/Kiritimati',
    'UTC',
    'Etc/GMT+5',
    'US/Eastern',
];
const DAY_MS = 86_400_000;

describe('ZoneTimeline offsets', () => {
    it("are luxon's every 61 days and 7 hours from 1900 to 2100", () => {
        const differences: string[] = [];
        for (const zone of ZONES) {
            const timeline = ZoneTimeline.of(zone);
            const luxon = IANAZone.create(zone);
            for (let ms = Date.UTC(1900, 0, 1); ms < Date.UTC(2100, 0, 1); ms += 61 * DAY_MS + 7 * 3_600_000) {
                const theirs = Math.round(luxon.offset(ms) * 60_000);
                if (timeline.offsetAt(ms) !== theirs) differences.push(`${zone} ${new Date(ms).toISOString()}: ${timeline.offsetAt(ms)} ≠ ${theirs}`);
            }
        }
        expect(differences).toEqual([]);
    });

    it('find the changes to the millisecond: Caracas back from −4:27:40, São Paulo into summer time in 2018', () => {
        expect(ZoneTimeline.of('America/Caracas').transitionsBetween(Date.UTC(1911, 0, 1), Date.UTC(1913, 0, 1))).toEqual([
            { at: Date.UTC(1912, 1, 12, 4, 27, 40), offsetBefore: -(4 * 60 + 27 + 40 / 60), offsetAfter: -270 },
        ]);
        expect(ZoneTimeline.of('America/Sao_Paulo').transitionsBetween(Date.UTC(2018, 9, 1), Date.UTC(2018, 11, 1))).toEqual([
            { at: Date.UTC(2018, 10, 4, 3), offsetBefore: -180, offsetAfter: -120 },
        ]);
        expect(ZoneTimeline.of('UTC').offsetMinutesAt(Date.UTC(2026, 0, 1))).toBe(0);
        expect(Object.is(ZoneTimeline.of('Etc/GMT+5').offsetMinutesAt(0), -300)).toBe(true);
    });
});
