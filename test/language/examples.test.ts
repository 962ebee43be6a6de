import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHelper } from 'langium/test';
import { describe, expect, test } from 'vitest';
import type { Model } from '../../language/generated/ast.js';
import { services } from './pacto-test-services.js';

const parse = parseHelper<Model>(services.Pacto);

function pactoFiles(dir: string): string[] {
    return existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.pacto')).map((f) => join(dir, f)) : [];
}

// The shared examples are normative; when ../shared is present they must stay clean too.
const files = [...pactoFiles('examples'), ...pactoFiles('../shared/spec/examples')];

describe('every example contract is free of diagnostics', () => {
    test('the bundled examples include the two normative ones and two of our own', () => {
        const names = pactoFiles('examples').map((f) => f.replace(/^examples\//, '')).sort();
        expect(names).toEqual(expect.arrayContaining(['helpdesk-br.pacto', 'imolko.pacto']));
        expect(names.length).toBeGreaterThanOrEqual(4);
    });

    for (const file of files) {
        test(file, async () => {
            const document = await parse(readFileSync(file, 'utf8'), { validation: true });
            const problems = (document.diagnostics ?? []).map(
                (d) => `${d.range.start.line + 1}:${d.range.start.character + 1} ${d.message}`,
            );
            expect(problems).toEqual([]);
        });
    }
});
