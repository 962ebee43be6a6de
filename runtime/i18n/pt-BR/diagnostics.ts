/** pt-BR messages of validation diagnostics and syntax errors (language/validation, language/parser-messages.ts). */
import type { Messages } from '../template.js';
import type { diagnostics as en } from '../en/diagnostics.js';

export const diagnostics: Messages<typeof en> = {
};
