import {
    Cancellation, OperationCancelled, ValidationRegistry, interruptAndCheck, isOperationCancelled,
    type AstNode, type ValidationAcceptor, type ValidationCategory, type ValidationCheck, type ValidationOptions,
} from 'langium';
import { isNode } from '../ast-walk.js';
import { PactoDocumentValidator } from '../parser-messages.js';

/**
 * Langium's validation registry, with checks that cost nothing to call when they are synchronous (all of
 * Pacto's are). Langium wraps every check in two async functions and the validator awaits each: at 20,000
 * lines that is tens of thousands of promises and microtask turns per build, more than many checks cost.
 * A check that crashes is reported as Langium reports it ("An error occurred during validation: …").
 */
export class PactoValidationRegistry extends ValidationRegistry {
    private readonly checksByType = new Map<string, readonly ValidationCheck[]>();

    protected override wrapValidationException(check: ValidationCheck, thisObj: unknown): ValidationCheck {
        const crashed = (error: unknown, accept: ValidationAcceptor, node: AstNode): void => {
            if (isOperationCancelled(error)) throw error;
            console.error('An error occurred during validation:', error);
            if (error instanceof Error && error.stack) console.error(error.stack);
            accept('error', `An error occurred during validation: ${error instanceof Error ? error.message : String(error)}`, { node });
        };
        return (node, accept, cancelToken) => {
            let result: ReturnType<ValidationCheck>;
            try {
                result = check.call(thisObj, node, accept, cancelToken);
            } catch (error) {
                crashed(error, accept, node);
                return;
            }
            if (result instanceof Promise) return result.then(undefined, (error: unknown) => crashed(error, accept, node));
            return undefined;
        };
    }

    protected override addEntry(...args: Parameters<ValidationRegistry['addEntry']>): void {
        super.addEntry(...args);
        this.checksByType.clear();
    }

    /** getChecks as an array, computed once per node type and categories (getChecks builds a stream per node). */
    checksOf(type: string, categories: ValidationCategory[] | undefined): readonly ValidationCheck[] {
        const key = categories ? `${type}\u0000${categories.join('\u0000')}` : type;
        let checks = this.checksByType.get(key);
        if (!checks) {
            checks = this.getChecks(type, categories).toArray();
            this.checksByType.set(key, checks);
        }
        return checks;
    }
}

/** Nodes between two chances to yield to the event loop (Langium yields at most every 10 ms anyway). */
const YIELD_EVERY = 64;

/**
 * The document validator, walking the AST without Langium's per-node streams and awaiting only checks that
 * return a promise. Same nodes in the same order (streamAst's: depth first, properties in order), the same
 * checks, so the same diagnostics in the same order; cancellation is still honoured at every node.
 */
export class PactoFastDocumentValidator extends PactoDocumentValidator {
    protected override async validateAstNodes(rootNode: AstNode, options: ValidationOptions, acceptor: ValidationAcceptor, cancelToken: Cancellation.CancellationToken = Cancellation.CancellationToken.None): Promise<void> {
        const registry = this.validationRegistry;
        if (this.profiler?.isActive('validating') || !(registry instanceof PactoValidationRegistry)) {
            return super.validateAstNodes(rootNode, options, acceptor, cancelToken);
        }
        const nodes: AstNode[] = [];
        this.collect(rootNode, options, nodes);
        const checksByType = new Map<string, readonly ValidationCheck[]>();
        for (let i = 0; i < nodes.length; i++) {
            if (i % YIELD_EVERY === 0) await interruptAndCheck(cancelToken);
            else if (cancelToken.isCancellationRequested) throw OperationCancelled;
            const node = nodes[i]!;
            let checks = checksByType.get(node.$type);
            if (!checks) checksByType.set(node.$type, (checks = registry.checksOf(node.$type, options.categories)));
            for (const check of checks) {
                const result = check(node, acceptor, cancelToken);
                if (result) await result;
            }
        }
    }

    /** The nodes to validate, in streamAst's order, leaving out the subtrees validateSingleNodeOptions prunes. */
    private collect(node: AstNode, options: ValidationOptions, into: AstNode[]): void {
        const { validateNode, validateChildren } = this.validateSingleNodeOptions(node, options);
        if (validateNode) into.push(node);
        if (!validateChildren) return;
        const record = node as unknown as Record<string, unknown>;
        for (const property in record) {
            if (property.startsWith('$')) continue;
            const value = record[property];
            if (isNode(value)) this.collect(value, options, into);
            else if (Array.isArray(value)) {
                for (const element of value) if (isNode(element)) this.collect(element, options, into);
            }
        }
    }
}
