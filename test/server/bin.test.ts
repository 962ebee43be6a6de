/**
 * The package's commands (`bin` in package.json) run as files: npm links them and makes them executable, and
 * the system runs them by their first line. The language server's bundle had none, so an installed
 * `pacto-language-server --stdio` could not start.
 */
import { chmodSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, SERVER, startServer } from './language-server-process.js';

const bins = (JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { bin: Record<string, string> }).bin;

describe('the package commands', () => {
    it.each(Object.entries(bins))('%s starts with a line that runs it with node', (_, file) => {
        expect(readFileSync(path.join(ROOT, file), 'utf8').split('\n')[0]).toBe('#!/usr/bin/env node');
    });

    it('pacto-language-server answers initialize when run as a file', async () => {
        expect(bins['pacto-language-server']).toBe('dist/language/server.cjs');
        chmodSync(SERVER, 0o755);
        const server = startServer({ asFile: true });
        try {
            const result = await server.connection.sendRequest<{ capabilities: { hoverProvider?: unknown }; serverInfo?: { name: string } }>('initialize', {
                processId: process.pid, rootUri: null, capabilities: {}, workspaceFolders: null,
            });
            expect(result.capabilities.hoverProvider).toBe(true);
            await server.connection.sendRequest('shutdown');
            await server.connection.sendNotification('exit');
            expect(await server.exited).toBe(0);
        } finally {
            server.connection.dispose();
            server.child.kill();
        }
    });
});
