// `pacto.restartServer`: a fresh server, e.g. after it crashed or after rebuilding it during development.
import type { CommandFactory } from '../ctx.js';

export const restartServer: CommandFactory = (ctx) => () => ctx.restart();
