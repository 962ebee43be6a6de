// What a user reads in each language, for the tests of every pass (extension.cjs switches `pacto.language`
// live; locale.cjs runs under a Spanish or Brazilian display language). The diagnostic texts are the
// catalogue's (runtime/i18n/<language>/diagnostics.ts, linkUnknownDidYouMean with refKindCalendar); the
// titles are package.nls*.json's and l10n/bundle.l10n*.json's, read from the installed extension.
'use strict';

/** The diagnostic of broken.pacto's misspelled calendar reference. */
const UNKNOWN_CALENDAR = {
    en: "Unknown calendar 'Escritoria'. Did you mean 'Escritorio'?",
    es: "'Escritoria' no es un calendario de este contrato. ¿Quiso decir 'Escritorio'?",
    'pt-BR': "'Escritoria' não é um calendário deste contrato. Você quis dizer 'Escritorio'?",
};

/**
 * The worked examples of a target's hover: English words that must be gone, and weekday abbreviations
 * luxon writes in the reader's language ("lun", "seg") that must be there.
 */
const HOVER = {
    // Abbreviated ("lun", "seg.") or whole ("lunes", "segunda-feira"), as the renderer chooses.
    es: { english: /Worked examples|Explain…|\b(Mon|Tue|Wed|Thu|Fri) \d/, weekday: /(^|[\s(|])(lun|mar|mié|jue|vie)(es|tes|rcoles|ves|rnes)?\.?(?=[\s,])/i },
    'pt-BR': { english: /Worked examples|Explain…|\b(Mon|Tue|Wed|Thu|Fri) \d/, weekday: /(^|[\s(|])(seg|ter|qua|qui|sex)(unda|ça|rta|nta|ta)?(-feira)?\.?(?=[\s,])/i },
};

/**
 * The example a user of each display language reports on (its contract's locale is theirs, so the report
 * is in their language too): the file, its history, the contract and objective titles the report shows.
 */
const COMPLIANCE_EXAMPLE = {
    es: { file: 'imolko.pacto', history: 'imolko.csv', contract: 'ZenkiuSupport', shows: ['Informe de cumplimiento', 'Respuestas a tiempo', 'Resoluciones a tiempo'] },
    'pt-br': { file: 'helpdesk-br.pacto', history: 'helpdesk-br.csv', contract: 'CosmoDeskCRM', shows: ['Primeira resposta no prazo', 'Resolução no prazo'] },
};

/** `pacto.language` of a VS Code display language (`vscode.env.language`). */
const LANGUAGE_OF_DISPLAY = { en: 'en', es: 'es', 'pt-br': 'pt-BR' };

module.exports = { COMPLIANCE_EXAMPLE, UNKNOWN_CALENDAR, HOVER, LANGUAGE_OF_DISPLAY };
