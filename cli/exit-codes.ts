/**
 * Exit statuses of `pacto`, part of its interface (scripts and CI branch on them).
 * 70 is EX_SOFTWARE from BSD sysexits.h: a bug in pacto, not in the user's input.
 */
export const ExitCode = {
    ok: 0,
    /** The contract has errors (warnings alone do not fail). */
    problems: 1,
    /** Bad command line, or an input file that cannot be read. */
    usage: 2,
    internal: 70,
} as const;

export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];
