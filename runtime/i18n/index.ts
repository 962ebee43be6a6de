/**
 * Everything Pacto writes for people, in each supported locale: message templates (t, tn) and the typed
 * labels of the documents and reports. Surfaces choose the reader's locale (negotiate.ts) and render from here.
 */
import type { SupportedLocale } from '../time/locales.js';
import type { Labels } from './document-labels.js';
import type { ReportLabels } from './report-labels.js';
import * as en from './en/index.js';
import * as es from './es/index.js';
import * as ptBR from './pt-BR/index.js';

export { DOMAINS, type DomainName, type MessageKey, type PluralKey, type Translate, t, tn, translator } from './catalogue.js';
export { chosenLocale, localeFromEnvironment, localeFromTag } from './negotiate.js';
export { type MessageArg, type MessageArgs, fill, placeholdersOf } from './template.js';
export type { Labels } from './document-labels.js';
export type { ReportLabels } from './report-labels.js';

export const LABELS: Readonly<Record<SupportedLocale, Labels>> = { en: en.documents, es: es.documents, 'pt-BR': ptBR.documents };
export const REPORT_LABELS: Readonly<Record<SupportedLocale, ReportLabels>> = { en: en.reports, es: es.reports, 'pt-BR': ptBR.reports };
