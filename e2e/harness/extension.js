// Test-only extension, installed next to pacto.vsix in an isolated code-server by e2e/run.sh.
// code-server passes its environment to the extension host, so the test module, the result file and the
// workspace come from environment variables. The test module exports `async (api) => void` and registers
// tests with api.test(name, fn); this file runs them in order and writes one JSON result file.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const vscode = require('vscode');

function activate(context) {
    const testsModule = process.env.PACTO_E2E_TESTS;
    const resultFile = process.env.PACTO_E2E_RESULT;
    if (!testsModule || !resultFile) return;
    // A reload of the window starts a new extension host: run the tests once per code-server run.
    if (fs.existsSync(resultFile)) return;
    const log = vscode.window.createOutputChannel('Pacto e2e');
    context.subscriptions.push(log);
    void runAll(testsModule, resultFile, log);
}

async function runAll(testsModule, resultFile, log) {
    const started = Date.now();
    const tests = [];
    const results = [];
    let fatal;
    let afterAll;
    try {
        const register = require(testsModule);
        await register({
            vscode,
            env: process.env,
            log: (line) => log.appendLine(String(line)),
            test: (name, fn) => tests.push({ name, fn }),
            // Runs once the results are written (e.g. to arrange the editor for the screenshot).
            afterAll: (fn) => (afterAll = fn),
        });
        for (const { name, fn } of tests) {
            const t0 = Date.now();
            try {
                const note = await withTimeout(fn(), 60_000, name);
                results.push({ name, status: 'pass', ms: Date.now() - t0, ...(note ? { note: String(note) } : {}) });
            } catch (error) {
                results.push({ name, status: 'fail', ms: Date.now() - t0, error: describe(error) });
            }
            log.appendLine(`${results.at(-1).status.toUpperCase()} ${name}`);
        }
    } catch (error) {
        fatal = describe(error);
        log.appendLine(`FATAL ${fatal}`);
    }
    const result = {
        vscodeVersion: vscode.version,
        node: process.version,
        ms: Date.now() - started,
        passed: results.filter((r) => r.status === 'pass').length,
        failed: results.filter((r) => r.status === 'fail').length + (fatal ? 1 : 0),
        fatal,
        tests: results,
    };
    fs.mkdirSync(path.dirname(resultFile), { recursive: true });
    // Write then rename, so a reader polling for the file never sees half of it.
    fs.writeFileSync(resultFile + '.tmp', JSON.stringify(result, null, 2));
    if (afterAll) {
        try {
            await withTimeout(afterAll(), 30_000, 'afterAll');
        } catch (error) {
            result.afterAllError = describe(error);
            fs.writeFileSync(resultFile + '.tmp', JSON.stringify(result, null, 2));
        }
    }
    fs.renameSync(resultFile + '.tmp', resultFile);
}

function withTimeout(promise, ms, name) {
    let timer;
    return Promise.race([
        Promise.resolve(promise).finally(() => clearTimeout(timer)),
        new Promise((_, reject) => (timer = setTimeout(() => reject(new Error(`${name}: timed out after ${ms} ms`)), ms))),
    ]);
}

function describe(error) {
    return error instanceof Error ? (error.stack ?? error.message) : String(error);
}

function deactivate() {}

module.exports = { activate, deactivate };
