import type { Contract } from '../model.js';
import { escapeHtml } from '../text/escape.js';
import { contractDocument, type Block } from './document.js';

export interface HtmlOptions {
    /** A CSP nonce for the inline <style> (a VS Code webview with `style-src 'nonce-…'`). */
    nonce?: string;
}

const text = (t: string) => escapeHtml(t).replace(/\n/g, '<br>');

const CSS = `
:root { color-scheme: light; }
body { font: 15px/1.5 "DejaVu Serif", Georgia, "Times New Roman", serif; color: #1a1a1a; background: #fff; margin: 0; }
main { max-width: 52rem; margin: 0 auto; padding: 2rem 1.5rem 3rem; }
h1, h2, h3, th, .note, .fields dt, .signature, footer { font-family: "DejaVu Sans", "Segoe UI", Helvetica, Arial, sans-serif; }
h1 { color: #12304a; text-align: center; margin: 0.5rem 0 0; font-size: 1.8rem; }
.subtitle { text-align: center; color: #555; margin: 0.2rem 0 2rem; font-family: "DejaVu Sans", Helvetica, Arial, sans-serif; }
h2 { color: #12304a; border-bottom: 1px solid #12304a; padding-bottom: 0.15rem; margin-top: 2rem; font-size: 1.2rem; }
h3 { color: #12304a; font-size: 1rem; margin: 1.2rem 0 0.4rem; }
.note { color: #555; font-size: 0.85rem; margin: 0.3rem 0; }
table { border-collapse: collapse; width: 100%; margin: 0.4rem 0 1rem; font: 0.85rem/1.4 "DejaVu Sans", Helvetica, Arial, sans-serif; }
th { background: #e8ecf0; color: #12304a; text-align: left; }
th, td { padding: 0.3rem 0.5rem; border-bottom: 1px solid #bbb; vertical-align: top; }
.fields { display: grid; grid-template-columns: minmax(8rem, 30%) 1fr; gap: 0.3rem 1rem; margin: 0.5rem 0 1rem; }
.fields dt { color: #555; font-weight: bold; font-size: 0.9rem; }
.fields dd { margin: 0; }
.signatures { display: grid; grid-template-columns: 1fr 1fr; gap: 2rem; margin-top: 1rem; }
.signature .side { font-weight: bold; color: #12304a; }
.signature .line { border-top: 1px solid #1a1a1a; margin-top: 2.2rem; font-size: 0.75rem; color: #555; }
footer { color: #555; font-size: 0.8rem; border-top: 1px solid #bbb; margin-top: 2.5rem; padding-top: 0.5rem; }
@media print { main { max-width: none; padding: 0; } h2, h3 { break-after: avoid; } tr, .signatures { break-inside: avoid; } }
`;

function block(b: Block): string {
    switch (b.kind) {
        case 'heading':
            return `<h3>${text(b.text)}</h3>`;
        case 'paragraph':
            return `<p>${text(b.text)}</p>`;
        case 'note':
            return `<p class="note">${text(b.text)}</p>`;
        case 'list': {
            const tag = b.ordered ? 'ol' : 'ul';
            return `<${tag}>${b.items.map((i) => `<li>${text(i)}</li>`).join('')}</${tag}>`;
        }
        case 'fields':
            return `<dl class="fields">${b.rows.map(([l, v]) => `<dt>${text(l)}</dt><dd>${text(v)}</dd>`).join('')}</dl>`;
        case 'table':
            return `<table><thead><tr>${b.head.map((h) => `<th scope="col">${text(h)}</th>`).join('')}</tr></thead><tbody>${b.rows
                .map((r) => `<tr>${r.map((c) => `<td>${text(c)}</td>`).join('')}</tr>`)
                .join('')}</tbody></table>`;
        case 'signatures':
            return `<div class="signatures">${b.parties
                .map((p) => `<div class="signature"><div class="side">${text(p.side)}</div><div>${text(p.name)}</div>${[b.labels.signature, b.labels.name, b.labels.role, b.labels.date]
                    .map((l) => `<div class="line">${text(l)}</div>`)
                    .join('')}</div>`)
                .join('')}</div>`;
    }
}

/**
 * The contract as one self-contained HTML page: inline CSS, no script, no remote content (fonts, images or
 * links). With a nonce, the <style> carries it, so a webview's Content-Security-Policy can allow it.
 */
export function contractHtml(contract: Contract, options: HtmlOptions = {}): string {
    const doc = contractDocument(contract);
    const nonce = options.nonce === undefined ? '' : ` nonce="${escapeHtml(options.nonce)}"`;
    const body = doc.sections.map((s) => `<section>\n<h2>${text(s.title)}</h2>\n${s.blocks.map(block).join('\n')}\n</section>`).join('\n');
    return `<!DOCTYPE html>
<html lang="${escapeHtml(doc.lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${text(doc.title)} — ${text(doc.subtitle)}</title>
<style${nonce}>${CSS}</style>
</head>
<body>
<main>
<h1>${text(doc.title)}</h1>
<p class="subtitle">${text(doc.subtitle)}</p>
${body}
<footer>${text(doc.footer)}</footer>
</main>
</body>
</html>
`;
}
