import { BadRowsError, CalibrationError, HistoryError, LISTED_PROBLEMS, calibrate as fitScenario, errorMessageIn, formatNumber, formatProblemIn, historyFormatOf } from '../../runtime/index.js';
import type { Command } from '../command.js';
import { loadContract } from '../contract-loader.js';
import { CliError, usageError } from '../errors.js';
import { ExitCode } from '../exit-codes.js';
import { cliLocale, m } from '../i18n.js';
import { progressBar } from '../progress.js';
import { requiredString, singleFile } from './clock-options.js';
import { badRowsRefusal, bytesLabel, historyReadError, openInput, readMapping, zoneOption } from './history-options.js';

const NAME = 'calibrate';

export const calibrate: Command = {
    name: NAME,
    get summary() {
        return m('cliSummaryCalibrate');
    },
    get help() {
        return m('cliHelpCalibrate', { listed: String(LISTED_PROBLEMS) });
    },
    options: {
        tickets: { type: 'string' },
        name: { type: 'string' },
        mapping: { type: 'string' },
        zone: { type: 'string' },
        'skip-bad-rows': { type: 'boolean' },
        contract: { type: 'string' },
    },
    async run(args, out) {
        const file = singleFile(args, NAME);
        const tickets = requiredString(args, 'tickets', NAME);
        const name = args.string('name');
        if (name !== undefined && !/^[A-Za-z_\u00C0-\u024F][A-Za-z0-9_\u00C0-\u024F]*$/.test(name)) {
            throw usageError(m('cliCalibrateBadName', { name }), NAME);
        }
        const zone = zoneOption(args.string('zone'), NAME);
        const mappingFile = args.string('mapping');
        const mapping = mappingFile === undefined ? null : readMapping(mappingFile);
        const contract = await loadContract(file, args.string('contract'), NAME);
        if (name !== undefined && contract.scenarios.some((s) => s.name === name)) {
            throw usageError(m('cliCalibrateNameTaken', { name }), NAME);
        }
        const format = mapping?.format === 'zendesk' ? 'zendesk' : mapping ? 'csv' : historyFormatOf(tickets);
        const locale = cliLocale();
        const bar = progressBar();
        const label = (done: number, total: number) => bytesLabel(done, total, (value) => formatNumber(value, locale));
        try {
            const result = await fitScenario({
                contract,
                history: { source: openInput(tickets, '--tickets', { bar, label }), file: tickets, format },
                mapping,
                zone,
                skipBadRows: args.flag('skip-bad-rows'),
                ...(name !== undefined ? { name } : {}),
            });
            bar.clear();
            if (result.skipped.length > 0) out.stderr(`${result.skipped.map((p) => m('cliSkipped', { problem: formatProblemIn(p, locale) })).join('\n')}\n`);
            out.stdout(result.text);
            return ExitCode.ok;
        } catch (error) {
            bar.clear();
            if (error instanceof BadRowsError) throw badRowsRefusal(error, (text) => out.stderr(text), 'cliBadRowsCalibrate');
            if (error instanceof HistoryError || error instanceof CalibrationError) throw new CliError(errorMessageIn(error, locale), ExitCode.problems);
            throw historyReadError(error) ?? error;
        }
    },
};
