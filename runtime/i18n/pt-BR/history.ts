/** pt-BR messages of reading ticket histories (Pacto event logs): rows, columns, events. */
import type { Messages } from '../template.js';
import type { history as en } from '../en/history.js';

export const history: Messages<typeof en> = {
};
