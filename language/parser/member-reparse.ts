/**
 * A keystroke re-parses the one contract member it falls in, not the whole document (issue 14: parsing
 * 10,000 lines is ~90 ms, more than a keystroke's whole budget).
 *
 * The edit is found by the text before and after it (their common prefix and suffix). When it lies strictly
 * inside one member of a contract (a category, a calendar, a scenario…) in a document that parsed without
 * any mistake, only that member's new text is parsed, with the grammar's `ContractMember` rule, and its
 * nodes take the old member's place:
 *
 * - The tree is Langium's fresh parse of the new text, node for node: the new member's CST hangs under the
 *   old member's `ContractMember` node (which the slice's root stands for), its positions moved to where the
 *   member starts; every CST leaf after it moves by the edit's length and lines.
 * - The document's root and the contract holding the member are new objects (shallow copies), so what is
 *   remembered per root or per contract (lower.ts, the engine's budget, the calendars' index) is computed
 *   anew; the unchanged members are the same objects, their references unlinked by Langium's reset of the
 *   document before the update and linked again by the build. A cache keyed by a member whose answer reads
 *   other members must therefore also key by the member's contract (lower.ts `loweredScenario`).
 * - Anything else (a mistake before or after, an edit touching a member's first or last character or the text
 *   between members, a member that does not parse on its own, a token that could run on past the member)
 *   returns undefined: the caller parses the whole text, as before.
 *
 * Why the member alone parses as it does in context: every member begins with a keyword, and the only member
 * that may end in an optional part (`review every …` and its text) ends in a STRING, which begins no member;
 * so the tokens around the member cannot join it, and the member cannot change where its neighbours end.
 * The characters either side of the member are asked to be blanks so that no token runs across its edges.
 * test/language/parser/member-reparse.test.ts holds the result to a fresh parse of the same text, AST and CST.
 */
import { isCompositeCstNode, type AstNode, type CompositeCstNode, type CstNode, type LangiumParser, type ParseResult } from 'langium';
import * as ast from '../generated/ast.js';

/** The parts of Langium's CST nodes (cst-node-builder.js, Langium 4.4) moved here: public in all but their typings. */
interface LeafFields {
    _offset: number;
    _startLine: number;
    _startColumn: number;
    _endLine: number;
    _endColumn: number;
}
interface CompositeFields {
    content: CstNode[];
    _astNode: AstNode | undefined;
    _rangeCache: unknown;
}
interface RootFields extends CompositeFields {
    _text: string;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** Where an edit lies: [start, oldEnd) of the old text is what it replaced. */
interface Change {
    start: number;
    oldEnd: number;
}

/** Characters compared at once while looking for the edit: the engine's string comparison, not a loop per character. */
const BLOCK = 1024;

function changeBetween(oldText: string, newText: string): Change {
    const shorter = Math.min(oldText.length, newText.length);
    let start = 0;
    while (start + BLOCK <= shorter && oldText.substring(start, start + BLOCK) === newText.substring(start, start + BLOCK)) start += BLOCK;
    while (start < shorter && oldText.charCodeAt(start) === newText.charCodeAt(start)) start++;
    const room = shorter - start;
    let suffix = 0;
    while (suffix + BLOCK <= room && oldText.substring(oldText.length - suffix - BLOCK, oldText.length - suffix) === newText.substring(newText.length - suffix - BLOCK, newText.length - suffix)) suffix += BLOCK;
    while (suffix < room && oldText.charCodeAt(oldText.length - 1 - suffix) === newText.charCodeAt(newText.length - 1 - suffix)) suffix++;
    return { start, oldEnd: oldText.length - suffix };
}

function isBlank(code: number): boolean {
    return code === 32 || code === 9 || code === 10 || code === 13 || code === 12 || code === 11;
}

function parsedCleanly(result: ParseResult): boolean {
    return result.lexerErrors.length === 0 && result.parserErrors.length === 0 && (result.lexerReport?.diagnostics.length ?? 0) === 0;
}

/**
 * The member whose text strictly holds the change (its first and last characters untouched): the last member
 * of the contract around the change that begins before it, by binary search over the members in order.
 */
function memberAround(model: ast.Model, change: Change): { contract: ast.Contract; index: number } | undefined {
    const contract = model.contracts.find((each) => each.$cstNode !== undefined && each.$cstNode.offset < change.start && change.oldEnd < each.$cstNode.end);
    if (!contract) return undefined;
    const members = contract.members;
    let low = 0;
    let high = members.length - 1;
    let found = -1;
    while (low <= high) {
        const middle = (low + high) >> 1;
        const node = members[middle]!.$cstNode;
        if (!node) return undefined;
        if (node.offset < change.start) {
            found = middle;
            low = middle + 1;
        } else high = middle - 1;
    }
    const node = found < 0 ? undefined : members[found]!.$cstNode;
    return node !== undefined && change.oldEnd < node.end ? { contract, index: found } : undefined;
}

/** Moves every position of `node`'s leaves: offsets by `delta`; lines, and columns on `fromLine`, as `move` says. */
function shiftTree(node: CstNode, delta: number, move: (line: number, column: number) => [number, number]): void {
    if (isCompositeCstNode(node)) {
        (node as unknown as CompositeFields)._rangeCache = undefined;
        for (const child of node.content) shiftTree(child, delta, move);
        return;
    }
    const leaf = node as unknown as LeafFields;
    leaf._offset += delta;
    [leaf._startLine, leaf._startColumn] = move(leaf._startLine, leaf._startColumn);
    [leaf._endLine, leaf._endColumn] = move(leaf._endLine, leaf._endColumn);
}

/** Shifts every CST node that follows `node` in the document (its later siblings and those of its ancestors). */
function shiftFollowing(node: CstNode, delta: number, move: (line: number, column: number) => [number, number]): void {
    for (let current: CstNode = node; current.container; current = current.container) {
        const container = current.container as unknown as CompositeCstNode & CompositeFields;
        container._rangeCache = undefined;
        const siblings = container.content;
        for (let i = siblings.indexOf(current) + 1; i < siblings.length; i++) shiftTree(siblings[i]!, delta, move);
    }
}

/** A shallow copy of an AST node: a new object (so nothing remembered for the old one applies) with its properties. */
function copyNode<T extends AstNode>(node: T): Mutable<T> {
    return Object.assign(Object.create(Object.getPrototypeOf(node) as object) as T, node);
}

/**
 * The parse of `newText` made from `old` (the parse of `oldText`) by re-parsing only the member the edit falls
 * in, or undefined when that cannot be done safely (the caller then parses the whole text). `old`'s CST and
 * unchanged members are reused and moved: `old` must not be used afterwards.
 */
export function reparseMember(parser: LangiumParser, old: ParseResult, oldText: string, newText: string): ParseResult<ast.Model> | undefined {
    const model = old.value;
    if (!ast.isModel(model) || !parsedCleanly(old) || oldText === newText) return undefined;
    const change = changeBetween(oldText, newText);
    const around = memberAround(model, change);
    if (!around) return undefined;
    const member = around.contract.members[around.index]!;
    const slot = member.$cstNode as (CompositeCstNode & CompositeFields) | undefined;
    if (!slot || !isCompositeCstNode(slot)) return undefined;
    const start = slot.offset;
    const delta = newText.length - oldText.length;
    const newEnd = slot.end + delta;
    // No token may run across the member's edges: blanks (or the end of the text) either side.
    if (start === 0 || !isBlank(newText.charCodeAt(start - 1)) || (newEnd < newText.length && !isBlank(newText.charCodeAt(newEnd)))) return undefined;

    const parsed = parser.parse<AstNode>(newText.slice(start, newEnd), { rule: 'ContractMember' });
    const replacement = parsed.value;
    const sliceRoot = replacement.$cstNode as (CompositeCstNode & CompositeFields) | undefined;
    if (!parsedCleanly(parsed) || !ast.isContractMember(replacement) || !sliceRoot || sliceRoot.offset !== 0 || sliceRoot.end !== newEnd - start) return undefined;

    const oldRange = slot.range;
    const startLine = oldRange.start.line;
    const startColumn = oldRange.start.character;
    // The slice's own positions start at line 0, column 0: moved to where the member starts.
    shiftTree(sliceRoot, start, (line, column) => (line === 0 ? [startLine, column + startColumn] : [line + startLine, column]));
    const newRangeEnd = sliceRoot.range.end;
    const oldEndLine = oldRange.end.line;
    const lineDelta = newRangeEnd.line - oldEndLine;
    const columnDelta = newRangeEnd.character - oldRange.end.character;
    // After the member: lines move by the lines the edit added; the rest of the member's last line moves along it.
    const moveAfter = (line: number, column: number): [number, number] => (line === oldEndLine ? [line + lineDelta, column + columnDelta] : [line + lineDelta, column]);
    if (delta !== 0 || lineDelta !== 0 || columnDelta !== 0) shiftFollowing(slot, delta, moveAfter);

    // The old member's CST node (the contract's `ContractMember` rule call) now holds the new member's.
    for (const child of sliceRoot.content) (child as Mutable<CstNode>).container = slot;
    slot.content = sliceRoot.content;
    slot._rangeCache = undefined;
    slot._astNode = replacement;
    (replacement as Mutable<AstNode>).$cstNode = slot;

    const root = slot.root as unknown as RootFields;
    root._text = newText;
    const newModel = copyNode(model);
    newModel.contracts = model.contracts.map((contract) => {
        const copy = contract === around.contract ? copyNode(contract) : contract;
        (copy as Mutable<ast.Contract>).$container = newModel;
        return copy;
    });
    const newContract = newModel.contracts[model.contracts.indexOf(around.contract)]! as Mutable<ast.Contract>;
    newContract.members = around.contract.members.slice();
    newContract.members[around.index] = replacement as ast.ContractMember;
    for (const each of newContract.members) (each as Mutable<AstNode>).$container = newContract;
    Object.assign(replacement, { $containerProperty: 'members', $containerIndex: around.index });
    (around.contract.$cstNode as unknown as CompositeFields)._astNode = newContract;
    root._astNode = newModel;
    newModel.$cstNode = root as unknown as CstNode;
    return { value: newModel, lexerErrors: [], lexerReport: parsed.lexerReport ?? { diagnostics: [] }, parserErrors: [] };
}

/** What the blank-only path needs of a leaf (cst-node-builder.js, Langium 4.4). */
type Leaf = CstNode & LeafFields & { tokenType: { name: string } };

/** The leaves either side of [from, to) and whether any leaf overlaps it, descending only where it lies. */
function leavesAround(root: CstNode, from: number, to: number): { before: Leaf | undefined; after: Leaf | undefined; inside: boolean } {
    let before: Leaf | undefined;
    let after: Leaf | undefined;
    let inside = false;
    const edge = (node: CstNode, last: boolean): Leaf => {
        let current = node;
        while (isCompositeCstNode(current)) current = current.content[last ? current.content.length - 1 : 0]!;
        return current as Leaf;
    };
    const visit = (node: CstNode): boolean => {
        if (isCompositeCstNode(node)) {
            // A composite other than the root never begins or ends with a hidden leaf (the CST builder puts
            // comments in the enclosing node then), so its offset and end bound all its leaves.
            if (node !== root && node.content.length > 0) {
                if (node.end <= from) {
                    before = edge(node, true);
                    return true;
                }
                if (node.offset >= to) {
                    after = edge(node, false);
                    return false;
                }
            }
            for (const child of node.content) if (!visit(child)) return false;
            return true;
        }
        if (node.end <= from) before = node as Leaf;
        else if (node.offset >= to) {
            after = node as Leaf;
            return false;
        } else inside = true;
        return !inside;
    };
    visit(root);
    return { before, after, inside };
}

/** Line breaks as Chevrotain counts them (\n, \r\n, a lone \r), and the length after the last one. */
function breaksIn(text: string): { breaks: number; tail: number } {
    let breaks = 0;
    let lineStart = 0;
    for (let i = 0; i < text.length; i++) {
        const code = text.charCodeAt(i);
        if (code === 10 || code === 13) {
            if (code === 13 && text.charCodeAt(i + 1) === 10) i++;
            breaks++;
            lineStart = i + 1;
        }
    }
    return { breaks, tail: text.length - lineStart };
}

/**
 * The parse of `newText` when the edit only changed blanks between two tokens (a line break between members, an
 * indentation): the tokens are the same, so the tree is the same and only the positions after the edit move; no
 * parse at all. Undefined when the blanks are inside a token (a string, a comment), when none would be left
 * between two tokens (they could join), or when a line comment would lose the line break that ends it.
 */
export function respaceBlanks(old: ParseResult, oldText: string, newText: string): ParseResult<ast.Model> | undefined {
    const model = old.value;
    if (!ast.isModel(model) || !parsedCleanly(old) || oldText === newText || !model.$cstNode) return undefined;
    const change = changeBetween(oldText, newText);
    const delta = newText.length - oldText.length;
    for (let i = change.start; i < change.oldEnd; i++) if (!isBlank(oldText.charCodeAt(i))) return undefined;
    for (let i = change.start; i < change.oldEnd + delta; i++) if (!isBlank(newText.charCodeAt(i))) return undefined;
    // The whole run of blanks the edit falls in, in the old text.
    let from = change.start;
    while (from > 0 && isBlank(oldText.charCodeAt(from - 1))) from--;
    let to = change.oldEnd;
    while (to < oldText.length && isBlank(oldText.charCodeAt(to))) to++;
    const root = model.$cstNode.root as unknown as RootFields & CstNode;
    const { before, after, inside } = leavesAround(root, from, to);
    if (inside || (before ? before.end !== from : from !== 0) || (after ? after.offset !== to : to !== oldText.length)) return undefined;
    const run = newText.slice(from, to + delta);
    const { breaks, tail } = breaksIn(run);
    if (before && after && run.length === 0) return undefined;
    if (before?.tokenType.name === 'SL_COMMENT' && breaks === 0) return undefined;

    if (after) {
        const fromLine = before ? before._endLine : 0;
        const fromColumn = before ? before._endColumn : 0;
        const oldLine = after._startLine;
        const oldColumn = after._startColumn;
        const newLine = fromLine + breaks;
        const newColumn = breaks > 0 ? tail : fromColumn + run.length;
        const lineDelta = newLine - oldLine;
        const columnDelta = newColumn - oldColumn;
        const move = (line: number, column: number): [number, number] => (line === oldLine ? [line + lineDelta, column + columnDelta] : [line + lineDelta, column]);
        shiftTree(after, delta, move);
        shiftFollowing(after, delta, move);
    }
    root._text = newText;
    const newModel = copyNode(model);
    newModel.contracts = model.contracts.map((contract) => {
        const copy = copyNode(contract) as Mutable<ast.Contract>;
        copy.$container = newModel;
        copy.members = contract.members.slice();
        for (const member of copy.members) (member as Mutable<AstNode>).$container = copy;
        if (contract.$cstNode) (contract.$cstNode as unknown as CompositeFields)._astNode = copy;
        return copy;
    });
    root._astNode = newModel;
    newModel.$cstNode = root;
    return { value: newModel, lexerErrors: [], lexerReport: { diagnostics: [] }, parserErrors: [] };
}
