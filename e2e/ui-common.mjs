// What the UI scripts (ui.mjs, ui-locale.mjs) share: the checks' bookkeeping, the browser, and the flows a user
// goes through more than once.
import { chromium } from 'playwright-core';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Named checks, each timed, whose failures are recorded rather than thrown; `onFailure(n)` may take a screenshot. */
export function checks(onFailure = async () => undefined) {
    const results = [];
    async function check(name, fn) {
        const t0 = Date.now();
        try {
            const note = await fn();
            results.push({ name, status: 'pass', ms: Date.now() - t0, ...(note ? { note } : {}) });
        } catch (error) {
            const shot = await onFailure(results.length + 1).catch(() => undefined);
            results.push({ name, status: 'fail', ms: Date.now() - t0, error: `${error?.stack ?? String(error)}${shot ? `\nscreenshot: ${shot}` : ''}` });
        }
    }
    return { results, check };
}

export async function waitForFile(file, timeoutMs) {
    const deadline = Date.now() + timeoutMs;
    while (!existsSync(file)) {
        if (Date.now() > deadline) throw new Error(`no ${file} after ${timeoutMs / 1000} s: the harness did not finish`);
        await sleep(250);
    }
    return JSON.parse(readFileSync(file, 'utf8'));
}

export function launch() {
    return chromium.launch({
        executablePath: process.env.PACTO_E2E_CHROMIUM ?? '/usr/bin/chromium',
        args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
}

/** Opens a workspace file with Quick Open and waits for its tab. */
export async function quickOpen(page, name) {
    await page.keyboard.press('Control+P');
    await page.locator('.quick-input-widget input').fill(name);
    // The focused row, once the list is filtered: before that, the recently opened files are listed.
    await page.locator('.quick-input-widget .monaco-list-row.focused').filter({ hasText: name }).first().waitFor({ timeout: 10_000 });
    await page.keyboard.press('Enter');
    await page.locator('.tabs-container .tab.active').filter({ hasText: name }).waitFor({ timeout: 10_000 });
}

/** Runs a command from the palette by its full title ("Pacto: …"). */
export async function runFromPalette(page, title) {
    await page.keyboard.press('F1');
    await page.locator('.quick-input-widget input').fill(`>${title}`);
    await page.locator('.quick-input-widget .monaco-list-row.focused').filter({ hasText: title }).first().waitFor({ timeout: 10_000 });
    await page.keyboard.press('Enter');
}

/** The error notification of a Pacto command, to fail with its text instead of timing out. */
export const pactoFailure = (page, except = /$^/) =>
    page.locator('.notifications-toasts .notification-toast').filter({ hasText: /Pacto/ }).filter({ hasNotText: except });

/**
 * "Pacto: Compliance report from ticket history…" as a user runs it on the active contract: the command from
 * the palette, the history picked in VS Code's file dialog, no other input, then the report's panel.
 * `titles` are the words of the display language. Returns the report's text.
 */
export async function complianceFromPalette(page, { command, noOtherFile, tab, history, outDir, screenshot }) {
    await runFromPalette(page, command);
    // code-server's file dialog is a quick input holding a path: type the file's path and accept it.
    const dialog = page.locator('.quick-input-widget').filter({ has: page.locator('input') });
    await dialog.first().waitFor({ timeout: 15_000 });
    await sleep(300);
    await page.locator('.quick-input-widget input').first().fill(history);
    await sleep(500);
    await page.keyboard.press('Enter');
    const extras = page.locator('.quick-input-widget .monaco-list-row').filter({ hasText: noOtherFile });
    const failure = pactoFailure(page, /replaying|contrastando|confrontando/);
    await Promise.race([extras.first().waitFor({ timeout: 15_000 }), failure.first().waitFor({ timeout: 15_000 })]);
    if (await failure.count()) throw new Error((await failure.first().innerText()).replace(/\s+/g, ' '));
    await extras.first().click();
    const reportTab = page.locator('.tabs-container .tab').filter({ hasText: tab }).first();
    await Promise.race([reportTab.waitFor({ timeout: 60_000 }), failure.first().waitFor({ timeout: 60_000 })]);
    if (await failure.count()) throw new Error((await failure.first().innerText()).replace(/\s+/g, ' '));
    const frame = page.frameLocator('iframe.webview').last().frameLocator('#active-frame');
    await frame.locator('table').first().waitFor({ timeout: 15_000 });
    await sleep(800);
    await page.screenshot({ path: join(outDir, screenshot) });
    return (await frame.locator('body').innerText()).replace(/\s+/g, ' ');
}
