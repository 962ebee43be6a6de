import type { Command } from '../command.js';
import { formatProblem, problemsOf, summarize } from '../diagnostics.js';
import { usageError } from '../errors.js';
import { ExitCode } from '../exit-codes.js';
import { readSources } from '../files.js';
import { cliLocale, m } from '../i18n.js';
import { buildSources } from '../workspace.js';

export const check: Command = {
    name: 'check',
    get summary() {
        return m('cliSummaryCheck');
    },
    get help() {
        return m('cliHelpCheck');
    },
    options: {
        format: { type: 'string', choices: ['text', 'json'] },
    },
    async run(args, out) {
        if (args.positionals.length === 0) throw usageError(m('cliCheckNeedsFile'), 'check');
        const json = args.string('format') === 'json';
        // JSON is for programs: its messages are the same whatever language the user reads.
        const locale = json ? 'en' : cliLocale();
        const sources = readSources(args.positionals);
        const checked = await buildSources(sources, locale);
        const perFile = checked.map((source) => problemsOf(source, locale));
        const problems = perFile.flat();
        if (json) {
            out.stdout(`${JSON.stringify(problems, null, 2)}\n`);
        } else {
            const lines = checked.map(({ source }, index) => {
                const own = perFile[index] ?? [];
                return own.length === 0 ? m('cliNoProblems', { file: source.path }) : own.map(formatProblem).join('\n');
            });
            out.stdout(`${lines.join('\n')}\n`);
            if (problems.length > 0) out.stderr(`${summarize(problems)}\n`);
        }
        return problems.some((p) => p.severity === 'error') ? ExitCode.problems : ExitCode.ok;
    },
};
