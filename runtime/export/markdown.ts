import type { Contract } from '../model.js';
import { escapeMarkdown } from '../text/escape.js';
import { contractDocument, type Block } from './document.js';

/** Text after other markup on its line (a heading's hashes, a label, a list mark, a cell). */
const inline = (text: string) => escapeMarkdown(text, { inline: true });

/** Text whose line breaks stay line breaks (a hard break, two spaces), inside a paragraph or a list item. */
function lines(text: string): string {
    return inline(text).replace(/\n/g, '  \n  ');
}

function cell(text: string): string {
    return inline(text).replace(/\n/g, '<br>');
}

function table(head: string[], rows: string[][]): string {
    return [
        `| ${head.map(cell).join(' | ')} |`,
        `| ${head.map(() => '---').join(' | ')} |`,
        ...rows.map((row) => `| ${row.map(cell).join(' | ')} |`),
    ].join('\n');
}

function block(b: Block): string {
    switch (b.kind) {
        case 'heading':
            return `### ${inline(b.text)}`;
        case 'paragraph':
            return escapeMarkdown(b.text);
        case 'note':
            return `*${inline(b.text)}*`;
        case 'list':
            // Numbered as "1." … in the text itself, so that a renderer that restarts numbering cannot renumber the procedure.
            return b.items.map((item, i) => `${b.ordered ? `${i + 1}.` : '-'} ${lines(item)}`).join('\n');
        case 'fields':
            return b.rows.map(([label, value]) => `**${inline(label)}:** ${lines(value)}`).join('  \n');
        case 'table':
            return table(b.head, b.rows);
        case 'signatures':
            return b.parties
                .map((p) => [`**${inline(p.side)}:** ${inline(p.name)}`, ...[b.labels.signature, b.labels.name, b.labels.role, b.labels.date].map((l) => `${escapeMarkdown(l)}: \\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_`)].join('  \n'))
                .join('\n\n');
    }
}

/** The contract as Markdown (CommonMark with pipe tables), in the contract's locale. */
export function contractMarkdown(contract: Contract): string {
    const doc = contractDocument(contract);
    const parts = [`# ${inline(doc.title)}`, `*${inline(doc.subtitle)}*`];
    for (const section of doc.sections) {
        parts.push(`## ${inline(section.title)}`);
        for (const b of section.blocks) parts.push(block(b));
    }
    parts.push(`---\n\n*${inline(doc.footer)}*`);
    return `${parts.join('\n\n')}\n`;
}
