/** es messages of the pacto command's messages, help and errors (cli/). */
import type { Messages } from '../template.js';
import type { cli as en } from '../en/cli.js';

export const cli: Messages<typeof en> = {
};
