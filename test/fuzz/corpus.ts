/**
 * The documents the fuzzers start from: every example (examples/, ../shared/spec/examples/) and every
 * fixture (test/fixtures/**), in a fixed order so a seed means the same cases on every machine.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';

export interface SeedDocument {
    /** Path relative to the repository root, as failure messages print it. */
    name: string;
    text: string;
}

function pactoFiles(dir: string): string[] {
    if (!existsSync(dir)) return [];
    return readdirSync(dir, { recursive: true, encoding: 'utf8' })
        .filter((f) => f.endsWith('.pacto'))
        .map((f) => path.join(dir, f))
        .sort();
}

/** The seed documents under `root` (the repository). Fixture markers »« are removed, as the fixture runner does. */
export function loadCorpus(root: string): SeedDocument[] {
    const dirs = [path.join(root, 'examples'), path.join(root, '..', 'shared', 'spec', 'examples'), path.join(root, 'test', 'fixtures')];
    return dirs.flatMap(pactoFiles).map((file) => ({
        name: path.relative(root, file).split(path.sep).join('/'),
        text: readFileSync(file, 'utf8').replace(/[»«]/g, ''),
    }));
}
