import type { SupportedLocale } from '../time/locales.js';
import { t, type MessageKey } from './catalogue.js';
import type { MessageArgs } from './template.js';

/**
 * An error whose words are a catalogue message: its `message` is English (logs, callers that write English),
 * and the surface that shows it says it in its reader's language through messageIn().
 */
export class WordedError extends Error {
    constructor(
        readonly key: MessageKey,
        readonly args: MessageArgs = {},
    ) {
        super(t('en', key, args));
        this.name = 'WordedError';
    }

    messageIn(locale: SupportedLocale): string {
        return t(locale, this.key, this.args);
    }
}

/**
 * An error's message in `locale`: the words of an error that can say them in another language (a WordedError,
 * the engine's BeyondHorizon), any other error's own message.
 */
export function errorMessageIn(error: unknown, locale: SupportedLocale): string {
    const worded = error as { messageIn?: unknown } | null;
    if (error instanceof Error && typeof worded?.messageIn === 'function') return String((worded.messageIn as (l: SupportedLocale) => unknown).call(error, locale));
    return error instanceof Error ? error.message : String(error);
}
