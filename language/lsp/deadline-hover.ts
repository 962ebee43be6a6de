/**
 * The worked-examples section of a target's hover, computed and written by runtime/explain; this file
 * only finds the lowered contract and adds the "Explain…" command link of each row (the
 * `pacto.previewDeadlines` command, answered by the `pacto/previewDeadlines` request), which is the
 * editor's and not the runtime's.
 */
import { AstUtils } from 'langium';
import * as ast from '../generated/ast.js';
import { DEFAULT_LOCALE, t, timeBudget, withWorkBudget, workedExamplesMarkdown, WorkCutShort, type SupportedLocale } from '../../runtime/index.js';
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

/** Milliseconds of engine work a target's hover may take (more than a request's 500: a cold first hover loads zone and holiday data). */
const HOVER_ENGINE_MS = 1000;

/** The hover sections for one target in the reader's locale, or a one-line reason when there is none to show. */
export function deadlineExampleSections(target: ast.Target, locale: SupportedLocale = DEFAULT_LOCALE): string[] {
    // Worked examples are of the category's own targets; a channel's own target is described in words only.
    if (ast.isChannelTargets(target.$container)) return [];
    const category = target.$container;
    const contractNode = AstUtils.getContainerOfType(target, ast.isContract);
    if (!contractNode || !category?.name) return [];
    const uri = AstUtils.getDocument(target).uri.toString();
    try {
        // A hover may not freeze the editor: the engine stops after HOVER_ENGINE_MS and the hover says so.
        return withWorkBudget(timeBudget(HOVER_ENGINE_MS, () => performance.now()), () =>
            workedExamplesMarkdown(loweredContract(contractNode), category.name, target.kind, {
                explainLink: (opened) => previewCommandLink([uri, contractNode.name, category.name, opened]),
                locale,
            }));
    } catch (error) {
        if (error instanceof WorkCutShort) return [t(locale, 'answerCutShort', { ms: String(error.limit) })];
        // A contract the runtime cannot build (an unknown zone, a date that is no date), or a target past the
        // engine's horizon: validation says why.
        return [];
    }
}
