import type { Command } from '../command.js';
import { formatProblem, problemsOf, summarize } from '../diagnostics.js';
import { usageError } from '../errors.js';
import { ExitCode } from '../exit-codes.js';
import { readSources } from '../files.js';
import { buildSources } from '../workspace.js';

export const check: Command = {
    name: 'check',
    summary: 'check contracts for errors and warnings',
    help: `Usage: pacto check [--format text|json] FILE|DIRECTORY...

Parses, links and validates the contracts, all in one workspace, and reports every problem.
A directory stands for the .pacto files under it; a file named explicitly is checked whatever its extension.

Options:
  --format text   one line per problem, "path:line:column: severity: message" (the default);
                  a file without problems prints "path: no problems"; a summary goes to stderr
  --format json   one JSON array on stdout, each problem as
                  {"file", "line", "column", "severity", "message", "code"}
  -h, --help      show this help

Exit status: 0 no errors (warnings allowed), 1 errors, 2 bad usage or unreadable file, 70 internal error.
`,
    options: {
        format: { type: 'string', choices: ['text', 'json'] },
    },
    async run(args, out) {
        if (args.positionals.length === 0) throw usageError("'check' needs at least one file", 'check');
        const sources = readSources(args.positionals);
        const checked = await buildSources(sources);
        const perFile = checked.map(problemsOf);
        const problems = perFile.flat();
        if (args.string('format') === 'json') {
            out.stdout(`${JSON.stringify(problems, null, 2)}\n`);
        } else {
            const lines = checked.map(({ source }, index) => {
                const own = perFile[index] ?? [];
                return own.length === 0 ? `${source.path}: no problems` : own.map(formatProblem).join('\n');
            });
            out.stdout(`${lines.join('\n')}\n`);
            if (problems.length > 0) out.stderr(`${summarize(problems)}\n`);
        }
        return problems.some((p) => p.severity === 'error') ? ExitCode.problems : ExitCode.ok;
    },
};
