import { COMMANDS } from './commands/index.js';

export function generalHelp(): string {
    const width = Math.max(...COMMANDS.map((c) => c.name.length), 'help'.length) + 2;
    const commands = [...COMMANDS.map((c) => [c.name, c.summary] as const), ['help', 'show help for a command'] as const]
        .map(([name, summary]) => `  ${name.padEnd(width)}${summary}`)
        .join('\n');
    return `pacto ${PACTO_VERSION}: SLA contracts as code

Usage: pacto COMMAND [OPTIONS] [ARGUMENTS]

Commands:
${commands}

Options:
  -h, --help   show this help ('pacto COMMAND --help' for a command's own)
  --version    print the version

Exit status: 0 success, 1 the contract has errors, 2 bad usage or unreadable file, 70 internal error
(a bug in pacto: set PACTO_DEBUG=1 to include the stack trace in a bug report).
`;
}
