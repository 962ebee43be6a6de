import { describe, expect, it } from 'vitest';
import { downtimeBudgetMs, monthAndQuarterBudgets } from '../../runtime/availability.js';
import { formatDowntime } from '../../runtime/time/format.js';

// Expected values are worked by hand: a day is 86 400 s, so p % of D days is (100 − p) × 864 × D seconds.
describe('downtimeBudgetMs', () => {
    it('99.9 % over 30 days is 2 592 s exactly (no floating-point residue from 100 − 99.9)', () => {
        expect(downtimeBudgetMs(99.9, 30)).toBe(2_592_000);
    });

    it('computes months of 28, 30, 31 days and quarters of 90, 91, 92 days', () => {
        expect(monthAndQuarterBudgets(99.9)).toEqual({
            month: [
                { days: 28, downtimeMs: 2_419_200 },
                { days: 30, downtimeMs: 2_592_000 },
                { days: 31, downtimeMs: 2_678_400 },
            ],
            quarter: [
                { days: 90, downtimeMs: 7_776_000 },
                { days: 91, downtimeMs: 7_862_400 },
                { days: 92, downtimeMs: 7_948_800 },
            ],
        });
    });

    it('reads the percentage as the decimal written', () => {
        expect(downtimeBudgetMs(99.5, 30)).toBe(12_960_000); // 3 h 36 min
        expect(downtimeBudgetMs(99.95, 31)).toBe(1_339_200); // 22 min 19.2 s
        expect(downtimeBudgetMs(99.99, 30)).toBe(259_200);
        expect(downtimeBudgetMs(99.999, 28)).toBe(24_192);
        expect(downtimeBudgetMs(99.123456789, 1)).toBe(757_333); // 0.876543211 % of 86 400 000 ms = 757 333.33…
    });

    it('rounds to the millisecond, halves up', () => {
        // 0.0000001 % of 5 days = 0.432 ms → 0; 0.000001 % of 5 days = 4.32 ms → 4.
        expect(downtimeBudgetMs(99.9999999, 5)).toBe(0);
        expect(downtimeBudgetMs(99.999999, 5)).toBe(4);
        expect(downtimeBudgetMs(99.99999875, 40)).toBe(43); // 0.00000125 % of 40 days = 43.2 ms
        expect(downtimeBudgetMs(99.999999375, 25)).toBe(14); // 0.000000625 % of 25 days = 13.5 ms
    });

    it('is zero at 100 % and the whole period at 0 %', () => {
        expect(downtimeBudgetMs(100, 31)).toBe(0);
        expect(downtimeBudgetMs(0, 1)).toBe(86_400_000);
        expect(downtimeBudgetMs(90, 92)).toBe(794_880_000);
    });

    it('refuses percentages outside 0–100 and periods that are not whole days', () => {
        expect(() => downtimeBudgetMs(100.1, 30)).toThrow(RangeError);
        expect(() => downtimeBudgetMs(-1, 30)).toThrow(RangeError);
        expect(() => downtimeBudgetMs(Number.NaN, 30)).toThrow(RangeError);
        expect(() => downtimeBudgetMs(99, 0)).toThrow(RangeError);
        expect(() => downtimeBudgetMs(99, 30.5)).toThrow(RangeError);
    });
});

describe('formatDowntime', () => {
    it('writes days, hours, minutes and seconds with one decimal', () => {
        expect(formatDowntime(2_592_000)).toBe('43 min 12 s');
        expect(formatDowntime(2_419_200)).toBe('40 min 19.2 s');
        expect(formatDowntime(2_678_400)).toBe('44 min 38.4 s');
        expect(formatDowntime(7_776_000)).toBe('2 h 9 min 36 s');
        expect(formatDowntime(7_862_400)).toBe('2 h 11 min 2.4 s');
        expect(formatDowntime(7_948_800)).toBe('2 h 12 min 28.8 s');
        expect(formatDowntime(12_960_000)).toBe('3 h 36 min');
        expect(formatDowntime(794_880_000)).toBe('9 d 4 h 48 min');
        expect(formatDowntime(86_400_000)).toBe('1 d');
        expect(formatDowntime(3_600_000)).toBe('1 h');
    });

    it('says "none" for zero and "< 0.1 s" for a few milliseconds', () => {
        expect(formatDowntime(0)).toBe('none');
        expect(formatDowntime(49)).toBe('< 0.1 s');
        expect(formatDowntime(50)).toBe('0.1 s');
        expect(formatDowntime(24_192)).toBe('24.2 s');
        expect(formatDowntime(259_200)).toBe('4 min 19.2 s');
    });

    it('refuses negative and infinite amounts', () => {
        expect(() => formatDowntime(-1)).toThrow(RangeError);
        expect(() => formatDowntime(Infinity)).toThrow(RangeError);
    });
});
