/**
 * The worked-examples section of a target's hover, computed and written by runtime/explain; this file
 * only finds the lowered contract and adds the "Explain…" command link of each row (the
 * `pacto.previewDeadlines` command, answered by the `pacto/previewDeadlines` request), which is the
 * editor's and not the runtime's.
 */
import { AstUtils } from 'langium';
import * as ast from '../generated/ast.js';
import { DEFAULT_LOCALE, workedExamplesMarkdown, type SupportedLocale } from '../../runtime/index.js';
import { PreviewDeadlinesCommand, type PreviewDeadlinesCommandArgs } from '../protocol.js';
import { loweredContract } from '../lower.js';

/**
 * `command:pacto.previewDeadlines?[uri, contract, category, opened]`, as VS Code reads command links:
 * JSON arguments, URI-encoded. Parentheses are encoded too, so a path with them keeps the link whole.
 */
export function previewCommandLink(args: PreviewDeadlinesCommandArgs): string {
    const query = encodeURIComponent(JSON.stringify(args)).replace(/\(/g, '%28').replace(/\)/g, '%29');
    return `command:${PreviewDeadlinesCommand}?${query}`;
}

/** The hover sections for one target in the reader's locale, or a one-line reason when there is none to show. */
export function deadlineExampleSections(target: ast.Target, locale: SupportedLocale = DEFAULT_LOCALE): string[] {
    // Worked examples are of the category's own targets; a channel's own target is described in words only.
    if (ast.isChannelTargets(target.$container)) return [];
    const category = target.$container;
    const contractNode = AstUtils.getContainerOfType(target, ast.isContract);
    if (!contractNode || !category?.name) return [];
    const uri = AstUtils.getDocument(target).uri.toString();
    try {
        return workedExamplesMarkdown(loweredContract(contractNode), category.name, target.kind, {
            explainLink: (opened) => previewCommandLink([uri, contractNode.name, category.name, opened]),
            locale,
        });
    } catch {
        // A contract the runtime cannot build (an unknown zone, a date that is no date): validation says why.
        return [];
    }
}
