// Every command of the extension and where VS Code offers it, in the order of package.json's
// contributes.commands. index.ts maps the same ids to their handlers (the type checker holds the two
// together); this half needs no `vscode`, so test/extension/manifest.test.ts checks the manifest against it.
import {
    ComplianceReportCommand,
    ExportCommand,
    NewContractCommand,
    OpenPreviewCommand,
    PreviewDeadlinesCommand,
    RestartServerCommand,
    ShowOutputCommand,
    SimulateCommand,
} from '../../language/protocol.js';

export interface CommandPlaces {
    /**
     * Run without arguments, the command acts on the active Pacto document: the palette offers it only
     * while one is active, and the title bar and context menu of Pacto editors carry it.
     */
    readonly editor: boolean;
    /** The explorer's context menu of .pacto files carries it (its handler takes the file's Uri). */
    readonly explorer: boolean;
}

export const COMMAND_TABLE = {
    [SimulateCommand]: { editor: true, explorer: false },
    [PreviewDeadlinesCommand]: { editor: true, explorer: false },
    [ExportCommand]: { editor: true, explorer: true },
    [OpenPreviewCommand]: { editor: true, explorer: false },
    [ComplianceReportCommand]: { editor: true, explorer: false },
    [NewContractCommand]: { editor: false, explorer: false },
    [ShowOutputCommand]: { editor: false, explorer: false },
    [RestartServerCommand]: { editor: false, explorer: false },
} as const satisfies Record<string, CommandPlaces>;

export type CommandId = keyof typeof COMMAND_TABLE;
