/**
 * Steps of Langium's parse done without its per-node work (issue 14): a quarter of parsing was the garbage
 * collector, and these made arrays for every node of the tree. Same tree, same properties.
 *
 * - `linkContainers` is `AstUtils.linkContentToContainer(root, { deep: true })`, which Langium runs once after
 *   the parse and which builds an `Object.entries` array (and an array per entry) for every node.
 * - `fastConstruct` is LangiumParser's `construct` (run once per node as its rule ends), whose
 *   `assignMandatoryProperties` builds `Object.values` of the type's properties for every node; here the
 *   properties with a default are listed once per type.
 * - The CST builder's `addHiddenNodes` is called before every token with the comments before it, nearly always
 *   none; with none it still searched each enclosing CST node's children for its position (`indexOf`, linear
 *   in a contract's members, for the first token of each member) to insert nothing. It is skipped then.
 */
import { DatatypeSymbol, type AstNode, type AstReflection, type LangiumParser } from 'langium';
import { isNode } from '../ast-walk.js';

/** Sets `$container`, `$containerProperty` and (in arrays) `$containerIndex` of every node below `node`. */
export function linkContainers(node: AstNode): void {
    const record = node as unknown as Record<string, unknown>;
    for (const name in record) {
        if (name.charCodeAt(0) === 36 /* $ */) continue;
        const value = record[name];
        if (Array.isArray(value)) {
            for (let index = 0; index < value.length; index++) {
                const item: unknown = value[index];
                if (isNode(item)) {
                    const child = item as { -readonly [K in keyof AstNode]: AstNode[K] };
                    child.$container = node;
                    child.$containerProperty = name;
                    child.$containerIndex = index;
                    linkContainers(item);
                }
            }
        } else if (isNode(value)) {
            const child = value as { -readonly [K in keyof AstNode]: AstNode[K] };
            child.$container = node;
            child.$containerProperty = name;
            linkContainers(value);
        }
    }
}

/** The parts of LangiumParser that `construct` works with (private in its typings). */
interface ParserInternals {
    isRecording(): boolean;
    stack: Array<Record<string, unknown> & { $type: string | symbol; $cstNode?: unknown; value?: unknown }>;
    nodeBuilder: { construct(node: unknown): void; addHiddenNodes(tokens: readonly unknown[]): void };
    converter: { convert(value: unknown, cstNode: unknown): unknown };
    astReflection: AstReflection;
    operatorPrecedence: Map<string, unknown>;
    constructInfix(node: unknown, precedence: unknown): unknown;
    construct(): unknown;
}

type Defaults = ReadonlyArray<{ name: string; defaultValue: unknown }>;

function copyDefault(value: unknown): unknown {
    return Array.isArray(value) ? value.map(copyDefault) : value;
}

/** Replaces `parser`'s `construct` and its CST builder's `addHiddenNodes` with the cheaper equivalents above. */
export function installFastConstruction(parser: LangiumParser): void {
    const self = parser as unknown as ParserInternals;
    const builder = self.nodeBuilder;
    const addHiddenNodes = builder.addHiddenNodes.bind(builder);
    builder.addHiddenNodes = (tokens) => {
        if (tokens.length > 0) addHiddenNodes(tokens);
    };
    const defaultsByType = new Map<string, Defaults>();
    const defaultsOf = (type: string): Defaults => {
        let defaults = defaultsByType.get(type);
        if (defaults === undefined) {
            const properties = self.astReflection.getTypeMetaData(type).properties;
            defaults = Object.values(properties)
                .filter((property) => property.defaultValue !== undefined)
                .map((property) => ({ name: property.name, defaultValue: property.defaultValue }));
            defaultsByType.set(type, defaults);
        }
        return defaults;
    };
    self.construct = function construct(this: ParserInternals): unknown {
        if (this.isRecording()) return undefined;
        const node = this.stack.pop()!;
        this.nodeBuilder.construct(node);
        if ('$infixName' in node) return this.constructInfix(node, this.operatorPrecedence.get(node.$infixName as string));
        if (node.$type === DatatypeSymbol) return this.converter.convert(node.value, node.$cstNode);
        const defaults = defaultsOf(node.$type as string);
        for (let i = 0; i < defaults.length; i++) {
            const { name, defaultValue } = defaults[i]!;
            if (node[name] === undefined) node[name] = copyDefault(defaultValue);
        }
        return node;
    };
}
