/** pt-BR messages of the simulation report (text and HTML). */
import type { Messages } from '../template.js';
import type { simulation as en } from '../en/simulation.js';

export const simulation: Messages<typeof en> = {
};
