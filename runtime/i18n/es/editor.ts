/** es messages of hovers, inlay hints, code lenses, completion details and quick-fix titles (language/lsp, runtime/explain). */
import type { Messages } from '../template.js';
import type { editor as en } from '../en/editor.js';

export const editor: Messages<typeof en> = {
};
