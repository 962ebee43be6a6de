import { usageError } from './errors.js';
import { m } from './i18n.js';

/**
 * A whole-number option such as `--runs 200`, within [min, max]; the default when it is not given. The
 * refusal says what is wrong with the value the user typed (negative, zero, a fraction, too large, not a
 * number), with the bounds as the user would type them, so `--runs -1` never reads as a missing value.
 */
export function wholeNumberOption(text: string | undefined, option: string, range: { min: number; max: number }, command: string): number | undefined {
    if (text === undefined) return undefined;
    const { min, max } = range;
    const bounds = { option: `--${option}`, value: text, min: String(min), max: String(max) };
    const trimmed = text.trim();
    if (!/^[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/.test(trimmed)) throw usageError(m('cliNumberNotANumber', bounds), command);
    const value = Number(trimmed);
    // 1e400 reads as Infinity: too large (or too negative), not a fraction.
    if (value === Infinity) throw usageError(m('cliNumberTooLarge', bounds), command);
    if (value === -Infinity) throw usageError(m('cliNumberNegative', bounds), command);
    if (!Number.isInteger(value)) throw usageError(m('cliNumberNotWhole', bounds), command);
    if (value < min) throw usageError(m(value < 0 ? 'cliNumberNegative' : 'cliNumberTooSmall', bounds), command);
    if (value > max) throw usageError(m('cliNumberTooLarge', bounds), command);
    return value;
}
