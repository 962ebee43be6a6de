/**
 * date-holidays as the simulation worker's bundle sees it (esbuild.mjs aliases the library to this file for
 * dist/simulate-worker.cjs only). A worker gets the holiday lists the calling thread has resolved
 * (WorkerJob.holidays, preloaded before it compiles the model), so it normally never needs the library: 2.8 MB
 * of rules and zone data it would otherwise load before its first replication. A list it was not given (a job
 * without lists, a year only a very long target reaches) loads the library from the CLI's chunk of it next to
 * the bundle (dist/cli/holidays.cjs, scripts/lazy-chunks.mjs); where there is none, the list is refused, and
 * the calling thread then runs the job alone.
 */
import * as path from 'node:path';

export class HolidaysNotResolved extends Error {}

type Library = new (...where: unknown[]) => object;
let library: Library | undefined;

function load(where: unknown[]): Library {
    try {
        // A CommonJS bundle: `require` and `__dirname` are the bundle's own.
        return (require(path.join(__dirname, 'cli', 'holidays.cjs')) as { default: Library }).default;
    } catch {
        throw new HolidaysNotResolved(`public holidays of ${where.join(' ') || 'the directory'} were not resolved for this worker`);
    }
}

/** Called with `new`, as runtime/holidays.ts does: an instance of the real library. */
export default function Holidays(...where: unknown[]): object {
    library ??= load(where);
    return new library(...where);
}
