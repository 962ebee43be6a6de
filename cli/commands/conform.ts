import { readFileSync } from 'node:fs';
import {
    AccountShapeError,
    type Conformance,
    ExportRefusal,
    type SupportedLocale,
    conformFreshdesk,
    conformZendesk,
    conformanceJson,
    conformanceText,
    readFreshdeskAccount,
    readZendeskAccount,
    t,
} from '../../runtime/index.js';
import type { Command } from '../command.js';
import { loadContract } from '../contract-loader.js';
import { CliError, cannotRead, usageError } from '../errors.js';
import { ExitCode } from '../exit-codes.js';
import { cliLocale } from '../i18n.js';
import { singleFile } from './clock-options.js';

const NAME = 'conform';

const locale = (): SupportedLocale => cliLocale();

function readAccount(file: string): unknown {
    let text: string;
    try {
        text = readFileSync(file, 'utf8');
    } catch (error) {
        throw cannotRead(file, error);
    }
    try {
        return JSON.parse(text.replace(/^\uFEFF/, ''));
    } catch (error) {
        const problem = t(locale(), 'conformConfigNotJson', { reason: (error as Error).message });
        throw new CliError(t(locale(), 'conformBadConfig', { file, problem }), ExitCode.usage);
    }
}

export const conform: Command = {
    name: NAME,
    get summary() {
        return t(locale(), 'conformSummary');
    },
    get help() {
        return t(locale(), 'conformHelp');
    },
    options: {
        zendesk: { type: 'string' },
        freshdesk: { type: 'string' },
        format: { type: 'string', choices: ['text', 'json'] },
        contract: { type: 'string' },
        'category-map': { type: 'string', choices: ['priority', 'tag'] },
    },
    async run(args, out) {
        const file = singleFile(args, NAME);
        const zendesk = args.string('zendesk');
        const freshdesk = args.string('freshdesk');
        if ((zendesk === undefined) === (freshdesk === undefined)) throw usageError(t(locale(), 'conformNeedsOneDesk'), NAME);
        const accountFile = (zendesk ?? freshdesk) as string;
        const json = args.string('format') === 'json';
        const categoryMap = args.string('category-map') as 'priority' | 'tag' | undefined;
        const raw = readAccount(accountFile);
        const contract = await loadContract(file, args.string('contract'), NAME);
        // JSON is for programs: its messages are English whatever the reader's language, like `check --format json`.
        const shown = json ? 'en' : locale();
        const options = categoryMap !== undefined ? { categoryMap } : {};
        let result: Conformance;
        try {
            result = zendesk !== undefined ? conformZendesk(contract, readZendeskAccount(raw), options) : conformFreshdesk(contract, readFreshdeskAccount(raw), options);
        } catch (error) {
            if (error instanceof AccountShapeError) {
                const problem = t(locale(), 'conformConfigShape', { expected: t(locale(), error.expected), path: error.path });
                throw new CliError(t(locale(), 'conformBadConfig', { file: accountFile, problem }), ExitCode.usage);
            }
            if (error instanceof ExportRefusal) throw new CliError(error.messageIn(locale()), ExitCode.problems);
            throw error;
        }
        out.stdout(json ? `${JSON.stringify(conformanceJson(result, shown), null, 2)}\n` : conformanceText(result, shown));
        return result.differences.length === 0 ? ExitCode.ok : ExitCode.problems;
    },
};
