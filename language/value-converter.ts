import { DefaultValueConverter, type CstNode, type GrammarAST, type ValueType } from 'langium';

/** Converts Pacto's own terminals: `95%` holds the number 95. */
export class PactoValueConverter extends DefaultValueConverter {
    protected override runConverter(rule: GrammarAST.AbstractRule, input: string, cstNode: CstNode): ValueType {
        if (rule.name === 'PERCENT') return Number(input.slice(0, -1));
        return super.runConverter(rule, input, cstNode);
    }
}
