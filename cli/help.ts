import { COMMANDS } from './commands/index.js';
import { m } from './i18n.js';

export function generalHelp(): string {
    const width = Math.max(...COMMANDS.map((c) => c.name.length), 'help'.length) + 2;
    const commands = [...COMMANDS.map((c) => [c.name, c.summary] as const), ['help', m('cliSummaryHelp')] as const]
        .map(([name, summary]) => `  ${name.padEnd(width)}${summary}`)
        .join('\n');
    return m('cliGeneralHelp', { version: PACTO_VERSION, commands });
}
