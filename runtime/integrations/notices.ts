/**
 * What an export could not carry over, kept as a catalogue key and its arguments: the bundle lists it in the
 * contract's language, the CLI prints it on stderr in the reader's, and neither silently drops it.
 */
import { type MessageKey, t } from '../i18n/catalogue.js';
import type { MessageArgs } from '../i18n/template.js';
import type { SupportedLocale } from '../time/locales.js';

export interface Notice {
    /** Stable: what a script may match on ("businessDays", "penalties"). */
    readonly kind: string;
    /** What the notice is about, in the contract's names ("category Duvida resolution", "calendar Comercial"). */
    readonly about: string;
    readonly key: MessageKey;
    readonly args: MessageArgs;
}

/** One entry of a bundle's `notExpressible` section. */
export interface NotExpressibleJson {
    kind: string;
    about: string;
    message: string;
}

export function noticeJson(notice: Notice, locale: SupportedLocale): NotExpressibleJson {
    return { kind: notice.kind, about: notice.about, message: t(locale, notice.key, notice.args) };
}

/** An export's refusal (a zone the help desk lacks): the message is the catalogue's, in the caller's locale. */
export class ExportRefusal extends Error {
    constructor(
        readonly key: MessageKey,
        readonly args: MessageArgs,
    ) {
        super(t('en', key, args));
        this.name = 'ExportRefusal';
    }

    messageIn(locale: SupportedLocale): string {
        return t(locale, this.key, this.args);
    }
}
