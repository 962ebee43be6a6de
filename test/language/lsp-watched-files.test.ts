/**
 * Files the editor reports as changed (workspace/didChangeWatchedFiles, Langium watches `**\/*`): only
 * `.pacto` files are loaded, so an export written next to a contract (HTML, JSON, Markdown) is not parsed
 * as Pacto. Deletions always pass (a deleted folder arrives as one URI).
 */
import { describe, expect, it, vi } from 'vitest';
import { URI } from 'langium';
import { FileChangeType } from 'vscode-languageserver';
import { services } from './pacto-test-services.js';

describe('watched file changes', () => {
    it('loads changed .pacto files only, and passes every deletion', () => {
        const handler = services.shared.lsp.DocumentUpdateHandler as unknown as { didChangeWatchedFiles(p: unknown): void; fireDocumentUpdate(changed: unknown[], deleted: unknown[]): void };
        const fire = vi.spyOn(handler, 'fireDocumentUpdate').mockImplementation(() => {});
        try {
            handler.didChangeWatchedFiles({
                changes: [
                    { uri: 'file:///w/exports/imolko.html', type: FileChangeType.Created },
                    { uri: 'file:///w/exports/imolko.json', type: FileChangeType.Changed },
                    { uri: 'file:///w/exports/imolko.md', type: FileChangeType.Changed },
                ],
            });
            expect(fire).not.toHaveBeenCalled();
            handler.didChangeWatchedFiles({
                changes: [
                    { uri: 'file:///w/imolko.pacto', type: FileChangeType.Changed },
                    { uri: 'file:///w/exports/imolko.html', type: FileChangeType.Changed },
                    { uri: 'file:///w/old', type: FileChangeType.Deleted },
                ],
            });
            expect(fire).toHaveBeenCalledTimes(1);
            const [changed, deleted] = fire.mock.calls[0]! as [Array<{ path: string }>, Array<{ path: string }>];
            expect(changed.map((u) => u.path)).toEqual(['/w/imolko.pacto']);
            expect(deleted.map((u) => u.path)).toEqual(['/w/old']);
        } finally {
            fire.mockRestore();
        }
    });
});

describe('which workspace files are Pacto documents', () => {
    it('only .pacto files are loaded from the workspace; any URI still gets the services when asked', () => {
        const registry = services.shared.ServiceRegistry;
        expect(registry.hasServices(URI.parse('file:///w/contract.pacto'))).toBe(true);
        for (const other of ['file:///w/README.md', 'file:///w/exports/contract.html', 'file:///w/contract.json']) {
            expect(registry.hasServices(URI.parse(other)), other).toBe(false);
        }
        // The fallback stays for a closed untitled buffer (the server must not die on it).
        expect(registry.getServices(URI.parse('untitled:Untitled-1'))).toBe(services.Pacto);
    });
});
