// The extension-host suite (e2e/tests/extension.cjs) under @vscode/test-electron: downloads a VS Code
// build (needs access to update.code.visualstudio.com, which CI machines here lack), starts it with the
// work tree as the extension under development and a temporary workspace of the examples and fixtures,
// and runs the suite's `run()`. `npm run test:electron` from the repository root (installs this folder's
// package first). Environment: PACTO_VSCODE_VERSION (default "stable"), PACTO_E2E_STRICT=1.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runTests } from '@vscode/test-electron';

const root = fileURLToPath(new URL('../..', import.meta.url));
execFileSync(process.execPath, ['esbuild.mjs'], { cwd: root, stdio: 'inherit' });

const work = mkdtempSync(path.join(tmpdir(), 'pacto-electron-'));
const workspace = path.join(work, 'workspace');
for (const dir of ['examples', 'e2e/fixtures']) {
    for (const file of readdirSync(path.join(root, dir)).filter((f) => f.endsWith('.pacto'))) {
        cpSync(path.join(root, dir, file), path.join(workspace, file));
    }
}

let code = 0;
try {
    await runTests({
        version: process.env.PACTO_VSCODE_VERSION ?? 'stable',
        extensionDevelopmentPath: root,
        extensionTestsPath: path.join(root, 'e2e', 'tests', 'extension.cjs'),
        launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', '--user-data-dir', path.join(work, 'user'), '--skip-welcome', '--skip-release-notes'],
        extensionTestsEnv: { PACTO_E2E_WORKSPACE: workspace, PACTO_E2E_STRICT: process.env.PACTO_E2E_STRICT ?? '' },
    });
} catch (error) {
    console.error(`test-electron: ${error instanceof Error ? error.message : error}`);
    code = 1;
} finally {
    rmSync(work, { recursive: true, force: true });
}
process.exit(code);
