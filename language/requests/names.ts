/**
 * `pacto/listCategories` and `pacto/listScenarios`: the names a command offers in a quick pick when run from
 * the palette. They read names only, so they answer for a document with errors too.
 */
import type { LangiumDocument } from 'langium';
import * as ast from '../generated/ast.js';
import type { ListCategoriesResult, ListScenariosResult } from '../protocol.js';

function named<T extends { name: string; title?: string }>(node: T): { name: string; title?: string } {
    return { name: node.name, ...(node.title !== undefined ? { title: node.title } : {}) };
}

export function listCategories(document: LangiumDocument): ListCategoriesResult {
    const model = document.parseResult.value as ast.Model;
    return {
        contracts: model.contracts.filter((c) => c.name).map((contract) => ({
            ...named(contract),
            categories: contract.members.filter(ast.isCategory).filter((c) => c.name).map(named),
        })),
    };
}

export function listScenarios(document: LangiumDocument): ListScenariosResult {
    const model = document.parseResult.value as ast.Model;
    return {
        contracts: model.contracts.filter((c) => c.name).map((contract) => ({
            ...named(contract),
            scenarios: contract.members.filter(ast.isScenario).filter((s) => s.name).map(named),
        })),
    };
}
