// `pacto.showOutput`: the "Pacto" log (the client's own lines and the server's), without taking the focus.
import type { CommandFactory } from '../ctx.js';

export const showOutput: CommandFactory = (ctx) => () => ctx.output.show(true);
