/**
 * The runtime model of a contract, lowered once per document version. Langium builds a new AST for every
 * change of the text, so the Contract node is the version: a WeakMap keyed by it needs no invalidation,
 * and the runtime caches the built calendars per lowered object (runtime/clock/contractCalendars.ts),
 * so the calendars of a version are built once too.
 *
 * Call it only once the document is linked (hover and custom requests wait for that): lowering resolves
 * references, and a lowering of an unlinked AST would be cached incomplete.
 */
import * as ast from '../generated/ast.js';
import { lowerContract } from '../lower.js';
import type { Contract } from '../../runtime/index.js';

const lowered = new WeakMap<ast.Contract, Contract>();

export function loweredContract(contract: ast.Contract): Contract {
    let model = lowered.get(contract);
    if (!model) {
        model = lowerContract(contract);
        lowered.set(contract, model);
    }
    return model;
}
