/**
 * Plain minute intervals (runtime/time/intervals.ts): the union and difference the term's floor of open time
 * and the help-desk hours comparison rest on, against a minute-by-minute count.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mergeIntervals, subtractIntervals } from '../../../runtime/time/intervals.js';
import { propertyRuns } from '../random-calendars.js';

const runs = propertyRuns(2026_12_02);
const WEEK = 7 * 1440;

const interval = fc.tuple(fc.integer({ min: 0, max: WEEK }), fc.integer({ min: 0, max: 600 })).map(([start, length]) => ({ start, end: Math.min(WEEK, start + length) }));
const intervals = fc.array(interval, { maxLength: 12 });

/** The minutes of the week each list covers, one flag per minute. */
function minutes(list: readonly { start: number; end: number }[]): boolean[] {
    const covered = Array.from({ length: WEEK }, () => false);
    for (const { start, end } of list) for (let m = start; m < end; m++) covered[m] = true;
    return covered;
}

describe('minute intervals', () => {
    it('merges overlapping and touching intervals, in order, dropping empty ones', () => {
        expect(mergeIntervals([{ start: 600, end: 720 }, { start: 540, end: 600 }, { start: 800, end: 800 }, { start: 700, end: 780 }, { start: 900, end: 960 }])).toEqual([
            { start: 540, end: 780 },
            { start: 900, end: 960 },
        ]);
        expect(mergeIntervals([])).toEqual([]);
    });

    it('subtracts, splitting an interval a cut falls inside', () => {
        expect(subtractIntervals([{ start: 540, end: 1080 }], [{ start: 720, end: 780 }, { start: 1000, end: 1200 }])).toEqual([
            { start: 540, end: 720 },
            { start: 780, end: 1000 },
        ]);
        expect(subtractIntervals([{ start: 540, end: 600 }], [{ start: 0, end: 1440 }])).toEqual([]);
    });

    it('covers, merged, the minutes the list covers, with disjoint sorted intervals that never touch', () => {
        fc.assert(
            fc.property(intervals, (list) => {
                const merged = mergeIntervals(list);
                expect(minutes(merged)).toEqual(minutes(list));
                for (let i = 1; i < merged.length; i++) expect(merged[i]!.start).toBeGreaterThan(merged[i - 1]!.end);
            }),
            runs(200),
        );
    });

    it('leaves, subtracted, exactly the minutes of the first list outside the second', () => {
        fc.assert(
            fc.property(intervals, intervals, (a, b) => {
                const left = minutes(subtractIntervals(mergeIntervals(a), mergeIntervals(b)));
                const inA = minutes(a);
                const inB = minutes(b);
                expect(left).toEqual(inA.map((covered, m) => covered && !inB[m]));
            }),
            runs(200),
        );
    });
});
