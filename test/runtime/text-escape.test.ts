import { describe, expect, it } from 'vitest';
import { escapeHtml, escapeMarkdown, stripControls, terminalSafe } from '../../runtime/index.js';

describe('contract text is inert', () => {
    it('in HTML', () => {
        expect(escapeHtml('<img src=x onerror=alert(1)></script>]]>"\'&')).toBe(
            '&lt;img src=x onerror=alert(1)&gt;&lt;/script&gt;]]&gt;&quot;&#39;&amp;',
        );
        expect(escapeHtml('a\u001b[2Jb\u0007')).toBe('a[2Jb');
    });

    it('in Markdown: links, images, HTML and table pipes stay words', () => {
        expect(escapeMarkdown('[click](https://attacker.example/p)')).toBe('\\[click\\](https://attacker.example/p)');
        expect(escapeMarkdown('![t](x.png) <b>|</b> # *a* _b_ `c` ~~d~~')).toBe(
            '!\\[t\\](x.png) \\<b\\>\\|\\</b\\> # \\*a\\* \\_b\\_ \\`c\\` \\~\\~d\\~\\~',
        );
        expect(escapeMarkdown('Horário de atendimento\n2ª linha')).toBe('Horário de atendimento\n2ª linha');
        expect(escapeMarkdown('a\\b &amp; AT&T\u001b[2J\u0007')).toBe('a\\\\b \\&amp; AT&T\\[2J');
    });

    it('in Markdown: only what opens markup in its place, so the raw text stays readable', () => {
        expect(escapeMarkdown('99.5 % (Oficina), 4 h - 30 min + 1 = x; #1 of_the_day')).toBe('99.5 % (Oficina), 4 h - 30 min + 1 = x; #1 of_the_day');
        expect(escapeMarkdown('1. first\n    code\n# heading\n- item\n+ item\n> quote\n2) second\n===')).toBe(
            '1\\. first\ncode\n\\# heading\n\\- item\n\\+ item\n\\> quote\n2\\) second\n\\===',
        );
        expect(escapeMarkdown('1. Partes\n# no heading', { inline: true })).toBe('1. Partes\n\\# no heading');
    });

    it('on a terminal: controls shown as pictures, newline and tab kept', () => {
        expect(terminalSafe('a\u001b]52;c;SGVsbG8=\u0007b\tc\nd\u007f\u009b')).toBe('a␛]52;c;SGVsbG8=␇b\tc\nd␡\\u009b');
        expect(stripControls('x\u0000y\u009bz\n')).toBe('xyz\n');
    });
});
