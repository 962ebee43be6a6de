import { readFileSync } from 'node:fs';
import {
    AccountFileError,
    type Conformance,
    ExportRefusal,
    type FreshdeskAccount,
    type SupportedLocale,
    type ZendeskAccount,
    conformFreshdesk,
    conformZendesk,
    conformanceJson,
    conformanceText,
    readAccountText,
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

/** The account file, read and checked before the contract: any mistake in it is `file:line:column: …`. */
function readAccount(file: string, desk: 'zendesk'): ZendeskAccount;
function readAccount(file: string, desk: 'freshdesk'): FreshdeskAccount;
function readAccount(file: string, desk: 'zendesk' | 'freshdesk'): ZendeskAccount | FreshdeskAccount {
    let text: string;
    try {
        text = readFileSync(file, 'utf8');
    } catch (error) {
        throw cannotRead(file, error);
    }
    try {
        return readAccountText(text, desk);
    } catch (error) {
        if (!(error instanceof AccountFileError)) throw error;
        const { line, column } = error.place;
        throw new CliError(t(locale(), 'conformBadConfigAt', { file, line: String(line), column: String(column), problem: error.problemIn(locale()) }), ExitCode.usage);
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
        const account = zendesk !== undefined ? readAccount(zendesk, 'zendesk') : readAccount(accountFile, 'freshdesk');
        const contract = await loadContract(file, args.string('contract'), NAME);
        // JSON is for programs: its messages are English whatever the reader's language, like `check --format json`.
        const shown = json ? 'en' : locale();
        const options = categoryMap !== undefined ? { categoryMap } : {};
        let result: Conformance;
        try {
            result = 'schedules' in account ? conformZendesk(contract, account, options) : conformFreshdesk(contract, account, options);
        } catch (error) {
            if (error instanceof ExportRefusal) throw new CliError(error.messageIn(locale()), ExitCode.problems);
            throw error;
        }
        out.stdout(json ? `${JSON.stringify(conformanceJson(result, shown), null, 2)}\n` : conformanceText(result, shown));
        return result.differences.length === 0 ? ExitCode.ok : ExitCode.problems;
    },
};
