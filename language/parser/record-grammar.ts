import { DatatypeSymbol, GrammarAST, type LangiumCoreServices } from 'langium';
import { computeRuleType } from './bounded-parser.js';
import { reachableRules } from './reachable-rules.js';
import { recordProduction, type RecordedGrammar } from './recorded-gast.js';
import { recordLexer } from './recorded-lexer.js';

/** The parts of Chevrotain's parser that hold what performSelfAnalysis recorded. */
interface Recorded {
    gastProductionsCache: Record<string, object>;
}

/**
 * What building the parser of `services` computes from the grammar alone, as data (recorded-gast.ts): the rules
 * its parser recorded, each reachable rule's type, and its lexer's tokens and their analysis (recorded-lexer.ts). esbuild.mjs calls it at build time on services built from
 * the sources, whose parser recorded its grammar as Chevrotain does.
 */
export function recordGrammar(services: LangiumCoreServices): RecordedGrammar {
    const wrapper = (services.parser.LangiumParser as unknown as { wrapper: Recorded }).wrapper;
    const rules: RecordedGrammar['rules'] = {};
    for (const [name, rule] of Object.entries(wrapper.gastProductionsCache)) rules[name] = recordProduction(rule);
    const ruleTypes: RecordedGrammar['ruleTypes'] = {};
    for (const rule of reachableRules(services.Grammar)) {
        if (!GrammarAST.isParserRule(rule) && !GrammarAST.isInfixRule(rule)) continue;
        const type = computeRuleType(rule);
        ruleTypes[rule.name] = type === DatatypeSymbol ? { datatype: true } : typeof type === 'string' ? type : null;
    }
    return { rules, ruleTypes, lexer: recordLexer(services) };
}
