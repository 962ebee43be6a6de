/** pt-BR messages of help-desk exports, conformance and the library API. */
import type { Messages } from '../template.js';
import type { integrations as en } from '../en/integrations.js';

export const integrations: Messages<typeof en> = {
};
