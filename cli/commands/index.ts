import type { Command } from '../command.js';
import { calibrate } from './calibrate.js';
import { check } from './check.js';
import { conform } from './conform.js';
import { deadline } from './deadline.js';
import { elapsed } from './elapsed.js';
import { exportCommand } from './export.js';
import { report } from './report.js';
import { simulate } from './simulate.js';

/** Every subcommand, in the order `pacto --help` lists them. */
export const COMMANDS: readonly Command[] = [check, deadline, elapsed, simulate, exportCommand, report, calibrate, conform];

export function findCommand(name: string): Command | undefined {
    return COMMANDS.find((command) => command.name === name);
}
