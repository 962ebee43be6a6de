// "Pacto: New contract": the starter contract in the user's language (extension/templates/contract.LOCALE.pacto).
// Pure helpers (no `vscode` import) so tests can check every template without an editor.

export const TEMPLATE_LOCALES = ['en', 'es', 'pt-BR'] as const;
export type TemplateLocale = (typeof TEMPLATE_LOCALES)[number];

/** The template for a VS Code display language (`vscode.env.language`: "en", "es-419", "pt-br", …). */
export function templateLocale(language: string | undefined): TemplateLocale {
    const lower = (language ?? '').toLowerCase();
    if (lower === 'es' || lower.startsWith('es-')) return 'es';
    if (lower === 'pt' || lower.startsWith('pt-')) return 'pt-BR';
    return 'en';
}

export const TEMPLATE_FILE: Record<TemplateLocale, string> = {
    en: 'extension/templates/contract.en.pacto',
    es: 'extension/templates/contract.es.pacto',
    'pt-BR': 'extension/templates/contract.pt-BR.pacto',
};

const NAMES: Record<TemplateLocale, { name: string; title: string; file: string; zone: string }> = {
    en: { name: 'NewContract', title: 'Service level agreement', file: 'contract.pacto', zone: 'America/New_York' },
    es: { name: 'NuevoContrato', title: 'Acuerdo de nivel de servicio', file: 'contrato.pacto', zone: 'America/Caracas' },
    'pt-BR': { name: 'NovoContrato', title: 'Acordo de nível de serviço', file: 'contrato.pacto', zone: 'America/Sao_Paulo' },
};

export interface TemplateValues {
    name: string;
    title: string;
    /** First day of the term, YYYY-MM-DD. */
    start: string;
    /** Last day of the term, YYYY-MM-DD. */
    end: string;
    zone: string;
}

const iso = (date: Date) => date.toISOString().slice(0, 10);

/**
 * Values for a contract started today: a one-year term from the first day of next month, the user's
 * time zone when it is an IANA zone with a slash (else a typical zone for the language).
 */
export function templateValues(locale: TemplateLocale, today: Date, systemZone: string | undefined): TemplateValues {
    const start = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() + 1, 1));
    const end = new Date(Date.UTC(start.getUTCFullYear() + 1, start.getUTCMonth(), 0));
    const names = NAMES[locale];
    const zone = systemZone && systemZone.includes('/') && !systemZone.startsWith('Etc/') ? systemZone : names.zone;
    return { name: names.name, title: names.title, start: iso(start), end: iso(end), zone };
}

/** Suggested file name of a new contract. */
export function templateFileName(locale: TemplateLocale): string {
    return NAMES[locale].file;
}

/** Replaces `${key}` placeholders; an unknown key is an error (a template typo must not ship). */
export function fillTemplate(template: string, values: TemplateValues): string {
    return template.replace(/\$\{(\w+)\}/g, (_, key: string) => {
        const value = (values as unknown as Record<string, string>)[key];
        if (value === undefined) throw new Error(`Unknown template placeholder \${${key}}`);
        return value;
    });
}
