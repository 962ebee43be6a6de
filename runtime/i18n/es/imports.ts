/** es messages of reading help-desk exports, mappings and outage logs, and calibrating scenarios from history. */
import type { Messages } from '../template.js';
import type { imports as en } from '../en/imports.js';

export const imports: Messages<typeof en> = {
};
