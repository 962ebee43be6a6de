// The handler of every command in commands/table.ts. `satisfies` makes the type checker refuse an id
// missing here or one the table (and so the manifest test) does not know.
import type { CommandFactory } from '../ctx.js';
import { complianceReport } from './compliance-report.js';
import { exportContract } from './export.js';
import { newContract } from './new-contract.js';
import { openPreview } from './open-preview.js';
import { previewDeadlines } from './preview-deadlines.js';
import { restartServer } from './restart-server.js';
import { showOutput } from './show-output.js';
import { simulate } from './simulate.js';
import type { CommandId } from './table.js';

export const COMMANDS = {
    'pacto.simulate': simulate,
    'pacto.previewDeadlines': previewDeadlines,
    'pacto.export': exportContract,
    'pacto.openPreview': openPreview,
    'pacto.complianceReport': complianceReport,
    'pacto.newContract': newContract,
    'pacto.showOutput': showOutput,
    'pacto.restartServer': restartServer,
} as const satisfies Record<CommandId, CommandFactory>;
