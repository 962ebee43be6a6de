/**
 * The worked-examples section of a target's hover: a compact table of tickets opened at telling moments
 * and their due instants, each with an "Explain…" command link that opens the full explanation trace
 * (the `pacto.previewDeadlines` command, answered by the `pacto/previewDeadlines` request).
 */
import { AstUtils } from 'langium';
import * as ast from '../generated/ast.js';
import { formatInstant } from '../../runtime/index.js';
import { PreviewDeadlinesCommand, type PreviewDeadlinesCommandArgs } from '../protocol.js';
import { loweredContract } from '../lower.js';
import { shortDate, shortInstant, yearOf } from './time-words.js';
import { workedExamples, type WorkedExamples } from './worked-examples.js';
import { cell, code } from './plain-words.js';

/**
 * `command:pacto.previewDeadlines?[uri, contract, category, opened]`, as VS Code reads command links:
 * JSON arguments, URI-encoded. Parentheses are encoded too, so a path with them keeps the link whole.
 */
export function previewCommandLink(args: PreviewDeadlinesCommandArgs): string {
    const query = encodeURIComponent(JSON.stringify(args)).replace(/\(/g, '%28').replace(/\)/g, '%29');
    return `command:${PreviewDeadlinesCommand}?${query}`;
}

function header(examples: WorkedExamples): string {
    const week = shortDate(examples.reference.weekStart, examples.zone);
    const year = yearOf(examples.reference.weekStart, examples.zone);
    const why = examples.reference.regularWeek ? "the term's first full week without holidays or special hours" : "the term's first full week";
    const counted = examples.calendar === undefined
        ? `wall-clock time, shown in ${examples.zone}${examples.momentsFrom ? ` (the zone of ${code(examples.momentsFrom)})` : ''}`
        : `times in ${examples.zone}`;
    return `**Worked examples** — ${counted}; reference week of ${week} ${year} (${why}):`;
}

/** The hover section for one target, or a one-line reason when there is none to show. */
export function deadlineExampleSections(target: ast.Target): string[] {
    const category = target.$container;
    const contractNode = AstUtils.getContainerOfType(target, ast.isContract);
    if (!contractNode || !category?.name) return [];
    let examples: WorkedExamples | undefined;
    try {
        const contract = loweredContract(contractNode);
        const duration = contract.categories.find((c) => c.name === category.name)?.[target.kind];
        if (!duration) return [];
        if (!contract.term) return ['_Worked examples start from the contract\'s `term`: add one to see them._'];
        examples = workedExamples(contract, duration);
    } catch {
        // A contract the runtime cannot build (an unknown zone, a date that is no date): validation says why.
        return [];
    }
    if (!examples || examples.examples.length === 0) return [];
    const uri = AstUtils.getDocument(target).uri.toString();
    const year = yearOf(examples.reference.weekStart, examples.zone);
    const rows = examples.examples.map(({ moment, due, notes }) => {
        const dueText = Number.isFinite(due) ? `due ${shortInstant(due, examples!.zone, year)}` : 'never due: the calendar does not open again';
        const link = previewCommandLink([uri, contractNode.name, category.name, formatInstant(moment.opened, examples!.zone)]);
        const explain = `[Explain…](${link} "Open the explanation trace of this example")`;
        return `| ${cell(moment.label)} | ${shortInstant(moment.opened, examples!.zone, year)} → ${dueText} | ${cell(notes.join('; '))} | ${explain} |`;
    });
    return [header(examples), ['| Ticket opened | Opened → due | Notes | |', '|---|---|---|---|', ...rows].join('\n')];
}
