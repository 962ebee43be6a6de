/**
 * Phases of the build Pacto does its own way (issue 14) answer as Langium's do: the local symbols
 * (scope-computation.ts) in the same containers and order, and the reference index (reference-index.ts),
 * described when first asked for, holds the descriptions Langium's eager index would, and none of a text
 * that was edited since.
 */
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { AstUtils, DefaultReferenceDescriptionProvider, DefaultScopeComputation, TextDocument, URI, type AstNode, type LangiumDocument, type ReferenceDescription } from 'langium';
import { clearDocuments } from 'langium/test';
import { afterEach, describe, expect, it } from 'vitest';
import { services } from './pacto-test-services.js';

const pacto = services.Pacto;
const { DocumentBuilder, LangiumDocumentFactory, LangiumDocuments, IndexManager, TextDocuments } = services.shared.workspace;
const locator = pacto.workspace.AstNodeLocator;

afterEach(async () => {
    await clearDocuments(services.shared);
});

const texts: Array<[string, string]> = ['examples', 'test/fixtures/validation'].flatMap((dir) =>
    readdirSync(dir).filter((f) => f.endsWith('.pacto')).map((f): [string, string] => [`${dir}/${f}`, readFileSync(path.join(dir, f), 'utf8')]),
);

let serial = 0;
async function build(text: string): Promise<LangiumDocument> {
    const document = LangiumDocumentFactory.fromString(text, URI.parse(`file:///phases/${serial++}.pacto`));
    LangiumDocuments.addDocument(document);
    await DocumentBuilder.build([document], { validation: true });
    return document;
}

const described = (d: ReferenceDescription) => [d.sourcePath, d.targetPath, d.targetUri.toString(), d.local, d.segment.offset, d.segment.length];

function referencesTo(node: AstNode): unknown[] {
    return IndexManager.findAllReferences(node, locator.getAstNodePath(node)).map(described).toArray();
}

describe('the build', () => {
    it.each(texts)('collects the local symbols of %s as Langium does', async (_, text) => {
        const document = await build(text);
        const langium = await new DefaultScopeComputation(pacto).collectLocalSymbols(document);
        const entries = (symbols: NonNullable<LangiumDocument['localSymbols']>) =>
            [...AstUtils.streamAst(document.parseResult.value)].map((node) => symbols.getStream(node).map((d) => [d.name, d.type, d.path, d.selectionSegment?.offset]).toArray());
        expect(entries(document.localSymbols!)).toEqual(entries(langium));
    });

    it.each(texts)('indexes the references of %s as Langium does, when asked', async (_, text) => {
        const document = await build(text);
        const langium = await new DefaultReferenceDescriptionProvider(pacto).createDescriptions(document);
        const targets = [...AstUtils.streamAst(document.parseResult.value)].filter((node) => langium.some((d) => d.targetPath === locator.getAstNodePath(node)));
        for (const target of targets) {
            const path = locator.getAstNodePath(target);
            expect(referencesTo(target)).toEqual(langium.filter((d) => d.targetPath === path && d.targetUri.toString() === document.uri.toString()).map(described));
        }
    });

    it('answers references of the text as edited, not as it was', async () => {
        const uri = 'file:///phases/edited.pacto';
        const members = () => (LangiumDocuments.getDocument(URI.parse(uri))!.parseResult.value as unknown as { contracts: Array<{ members: AstNode[] }> }).contracts[0]!.members;
        const open = async (version: number, text: string) => {
            TextDocuments!.set(TextDocument.create(uri, 'pacto', version, text));
            await DocumentBuilder.update([URI.parse(uri)], []);
        };
        await open(1, 'contract A {\n  calendar C { time zone "UTC" }\n  channel E hours C\n}\n');
        expect(referencesTo(members()[0]!).map((d) => (d as unknown[])[0])).toEqual(['/contracts@0/members@1/hours']);
        await open(2, 'contract A {\n  calendar C { time zone "UTC" }\n  channel E hours C\n  channel F hours C\n}\n');
        expect(referencesTo(members()[0]!).map((d) => (d as unknown[])[0])).toEqual(['/contracts@0/members@1/hours', '/contracts@0/members@2/hours']);
        TextDocuments!.delete(uri);
    });
});
