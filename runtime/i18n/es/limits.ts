/** es messages of bounded work: horizons, budgets, encodings, sizes. */
import type { Messages } from '../template.js';
import type { limits as en } from '../en/limits.js';

export const limits: Messages<typeof en> = {
};
