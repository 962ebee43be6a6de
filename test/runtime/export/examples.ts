import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHelper } from 'langium/test';
import type { Model } from '../../../language/generated/ast.js';
import { lowerModel } from '../../../language/lower.js';
import type { Contract } from '../../../runtime/model.js';
import { services } from '../../language/pacto-test-services.js';

const parse = parseHelper<Model>(services.Pacto);

export const EXAMPLE_FILES = readdirSync('examples').filter((f) => f.endsWith('.pacto')).sort();

/** The lowered contract of examples/FILE (each example declares one). */
export async function exampleContract(file: string): Promise<Contract> {
    const document = await parse(readFileSync(join('examples', file), 'utf8'));
    const [contract] = lowerModel(document.parseResult.value);
    if (!contract) throw new Error(`${file} declares no contract`);
    return contract;
}
