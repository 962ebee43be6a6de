/**
 * Currencies are ISO 4217 codes: money in a contract is read by help desks, spreadsheets and `Intl`, which all
 * speak codes, and "900 dollars" leaves open whose dollars. The list is the one ICU ships with Node
 * (`Intl.supportedValuesOf`), so it is as current as the runtime's own currency formatting.
 */
import { closest } from './util/similar.js';

const CODES: ReadonlySet<string> = new Set(Intl.supportedValuesOf('currency'));

/** Words people write for money in en, es and pt, and the codes they usually mean. */
const WORDS: Record<string, readonly string[]> = {
    dollar: ['USD'], dollars: ['USD'], dolar: ['USD'], dolares: ['USD'], dólar: ['USD'], dólares: ['USD'], us$: ['USD'],
    euro: ['EUR'], euros: ['EUR'], '€': ['EUR'],
    real: ['BRL'], reais: ['BRL'], r$: ['BRL'],
    bolivar: ['VES'], bolivares: ['VES'], bolívar: ['VES'], bolívares: ['VES'],
    sol: ['PEN'], soles: ['PEN'],
    peso: ['MXN', 'COP', 'ARS', 'CLP', 'UYU'], pesos: ['MXN', 'COP', 'ARS', 'CLP', 'UYU'],
    libra: ['GBP'], libras: ['GBP'], pound: ['GBP'], pounds: ['GBP'],
};

export function isKnownCurrency(code: string): boolean {
    return CODES.has(code);
}

/** Codes the user probably meant by `text` ("usd" → USD, "reais" → BRL, "USDD" → USD); empty when none is near. */
export function suggestCurrencies(text: string): string[] {
    const upper = text.toUpperCase();
    if (CODES.has(upper)) return [upper];
    const word = WORDS[text.toLowerCase()];
    if (word) return [...word];
    const near = closest(upper, [...CODES]);
    return near ? [near] : [];
}

/**
 * What "P% of fee" is a percentage of, for every surface (simulation, compliance, documents, hover, JSON):
 * a month's fee (the monthly fee, or a twelfth of a yearly one), except for a yearly cap, which is of the fee
 * as written. One rule in one place, so a credit shows the same amount wherever it is read.
 */
export function feeBase(fee: { amount: number; period: 'monthly' | 'yearly' }, period: 'month' | 'year' = 'month'): number {
    return period === 'month' && fee.period === 'yearly' ? fee.amount / 12 : fee.amount;
}

/** P% of the fee, rounded to the cent (see feeBase). */
export function feePercentAmount(fee: { amount: number; period: 'monthly' | 'yearly' }, percent: number, period: 'month' | 'year' = 'month'): number {
    return Math.round(feeBase(fee, period) * percent) / 100;
}
