/**
 * Text from a contract is inert on a terminal: a title holding ESC or BEL could clear the screen, retitle the
 * window or write the clipboard (OSC 52) when `pacto deadline` prints it. Every control character but newline
 * and tab is shown as its Unicode control picture (ESC → ␛, BEL → ␇), C1 controls and DEL as \u escapes.
 */
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

export function terminalSafe(text: string): string {
    return text.replace(CONTROL, (c) => {
        const code = c.charCodeAt(0);
        if (code < 0x20) return String.fromCharCode(0x2400 + code);
        if (code === 0x7f) return '\u2421';
        return `\\u${code.toString(16).padStart(4, '0')}`;
    });
}
