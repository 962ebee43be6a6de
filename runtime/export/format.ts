import { DateTime } from 'luxon';
import { ALWAYS, type Contract, type Duration } from '../model.js';
import { LABELS, docLocale, type DocLocale, type Labels } from './labels.js';

/** Dates, numbers, money and durations written for a document's locale. */
export class Formatter {
    readonly locale: DocLocale;
    readonly labels: Labels;
    private readonly numbers: Intl.NumberFormat;

    constructor(readonly contract: Contract) {
        this.locale = docLocale(contract.locale);
        this.labels = LABELS[this.locale];
        this.numbers = new Intl.NumberFormat(this.locale, { maximumFractionDigits: 3 });
    }

    number(value: number): string {
        return this.numbers.format(value);
    }

    /** 99.9 → "99.9%" (en, pt-BR "99,9%"), "99,9 %" (es): as each locale writes percentages. */
    percent(value: number): string {
        return new Intl.NumberFormat(this.locale, { style: 'percent', maximumFractionDigits: 3 }).format(value / 100);
    }

    money(amount: number, currency: string): string {
        try {
            return new Intl.NumberFormat(this.locale, { style: 'currency', currency }).format(amount);
        } catch {
            return `${this.number(amount)} ${currency}`;
        }
    }

    /** "2026-03-01" → "March 1, 2026" / "1 de marzo de 2026" / "1 de março de 2026". */
    date(iso: string): string {
        const date = DateTime.fromISO(iso, { zone: 'UTC' });
        return date.isValid ? date.setLocale(this.locale).toLocaleString(DateTime.DATE_FULL) : iso;
    }

    /** A date with its weekday, short: "Fri, Jan 9, 2026". */
    shortDate(iso: string): string {
        const date = DateTime.fromISO(iso, { zone: 'UTC' });
        return date.isValid ? date.setLocale(this.locale).toLocaleString({ weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' }) : iso;
    }

    /** An instant in a zone, weekday first (business time is about which day it is): "Fri 9 Jan 2026 16:30". */
    instant(ms: number, zone: string): string {
        if (!Number.isFinite(ms)) return this.labels.never;
        return DateTime.fromMillis(ms, { zone }).setLocale(this.locale).toFormat('ccc d LLL yyyy, HH:mm');
    }

    /** Capitalised weekday name, 1 = Monday. */
    weekday(day: number): string {
        const name = DateTime.fromISO('2024-01-01', { zone: 'UTC' }).plus({ days: day - 1 }).setLocale(this.locale).toFormat('cccc');
        return name.charAt(0).toLocaleUpperCase(this.locale) + name.slice(1);
    }

    calendarTitle(name: string): string {
        if (name === ALWAYS) return this.labels.always;
        const spec = this.contract.calendars.find((c) => c.name === name);
        return spec?.title ?? name;
    }

    private count(value: number, forms: readonly [string, string]): string {
        return `${this.number(value)} ${value === 1 ? forms[0] : forms[1]}`;
    }

    /** A duration in words; business time names its calendar when it is not the default one. */
    duration(d: Duration): string {
        const { units, businessUnits } = this.labels;
        let text: string;
        if (d.kind === 'businessDays') text = this.count(d.days, businessUnits.day);
        else if (d.kind === 'business') {
            text = d.minutes % 60 === 0 ? this.count(d.minutes / 60, businessUnits.hour) : this.count(d.minutes, businessUnits.minute);
        } else if (d.minutes % 10080 === 0 && /week/.test(d.text)) text = this.count(d.minutes / 10080, units.week);
        else if (d.minutes % 1440 === 0) text = this.count(d.minutes / 1440, units.day);
        else if (d.minutes % 60 === 0) text = this.count(d.minutes / 60, units.hour);
        else text = this.count(d.minutes, units.minute);
        if (d.kind !== 'wall' && d.calendar !== this.contract.defaultCalendar) text += ` ${this.labels.onCalendar(this.calendarTitle(d.calendar))}`;
        return text;
    }

    /** "08:00" from minutes since midnight. */
    time(minutes: number): string {
        const h = Math.floor(minutes / 60);
        const m = Math.round(minutes % 60);
        return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
    }
}
