import type { Contract } from '../model.js';
import { contractDocument, type Block } from './document.js';

/** Text made safe for a Markdown paragraph or table cell (no accidental markup, no broken rows). */
function escapeMd(text: string): string {
    return text.replace(/([\\`*_{}[\]<>#|~])/g, '\\$1');
}

/** Text whose line breaks stay line breaks (a hard break, two spaces), inside a paragraph or a list item. */
function lines(text: string): string {
    return escapeMd(text).replace(/\n/g, '  \n  ');
}

function cell(text: string): string {
    return escapeMd(text).replace(/\n/g, '<br>');
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
            return `### ${escapeMd(b.text)}`;
        case 'paragraph':
            return escapeMd(b.text);
        case 'note':
            return `*${escapeMd(b.text)}*`;
        case 'list':
            // Numbered as "1." … in the text itself, so that a renderer that restarts numbering cannot renumber the procedure.
            return b.items.map((item, i) => `${b.ordered ? `${i + 1}.` : '-'} ${lines(item)}`).join('\n');
        case 'fields':
            return b.rows.map(([label, value]) => `**${escapeMd(label)}:** ${lines(value)}`).join('  \n');
        case 'table':
            return table(b.head, b.rows);
        case 'signatures':
            return b.parties
                .map((p) => [`**${escapeMd(p.side)}:** ${escapeMd(p.name)}`, ...[b.labels.signature, b.labels.name, b.labels.role, b.labels.date].map((l) => `${escapeMd(l)}: \\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_`)].join('  \n'))
                .join('\n\n');
    }
}

/** The contract as Markdown (CommonMark with pipe tables), in the contract's locale. */
export function contractMarkdown(contract: Contract): string {
    const doc = contractDocument(contract);
    const parts = [`# ${escapeMd(doc.title)}`, `*${escapeMd(doc.subtitle)}*`];
    for (const section of doc.sections) {
        parts.push(`## ${escapeMd(section.title)}`);
        for (const b of section.blocks) parts.push(block(b));
    }
    parts.push(`---\n\n*${escapeMd(doc.footer)}*`);
    return `${parts.join('\n\n')}\n`;
}
