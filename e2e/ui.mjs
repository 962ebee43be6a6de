// Opens the code-server workbench in headless Chromium (which starts the extension host, so the harness
// runs the API tests), waits for their result file, then does a few UI checks and takes a screenshot.
// Usage: node ui.mjs URL RESULT_FILE OUT_DIR   (run by e2e/run.sh)
import { chromium } from 'playwright-core';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const [url, resultFile, outDir] = process.argv.slice(2);
if (!url || !resultFile || !outDir) throw new Error('usage: node ui.mjs URL RESULT_FILE OUT_DIR');
mkdirSync(outDir, { recursive: true });

const results = [];
async function check(name, fn) {
    const t0 = Date.now();
    try {
        const note = await fn();
        results.push({ name, status: 'pass', ms: Date.now() - t0, ...(note ? { note } : {}) });
    } catch (error) {
        results.push({ name, status: 'fail', ms: Date.now() - t0, error: error?.stack ?? String(error) });
    }
}

function assert(actual, expected, what) {
    if (actual !== expected) throw new Error(`${what}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
}
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
async function waitForFile(file, timeoutMs) {
    const deadline = Date.now() + timeoutMs;
    while (!existsSync(file)) {
        if (Date.now() > deadline) throw new Error(`no ${file} after ${timeoutMs / 1000} s: the harness did not finish`);
        await sleep(250);
    }
    return JSON.parse(readFileSync(file, 'utf8'));
}

const browser = await chromium.launch({
    executablePath: process.env.PACTO_E2E_CHROMIUM ?? '/usr/bin/chromium',
    args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
    ],
    // Playwright gives a non-persistent browser a fresh temporary profile of its own.
});
try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 860 } });
    const consoleErrors = [];
    page.on('pageerror', (error) => consoleErrors.push(String(error)));

    await check('workbench loads', async () => {
        await page.goto(url, { waitUntil: 'domcontentloaded' });
        await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
    });

    let api;
    await check('extension-host tests finish', async () => {
        api = await waitForFile(resultFile, Number(process.env.PACTO_E2E_TIMEOUT_MS ?? 240_000));
        return `${api.passed} passed, ${api.failed} failed`;
    });

    await check('the contract shows syntax colouring and an error squiggle', async () => {
        const editor = page.locator('.editor-instance .monaco-editor').first();
        await editor.waitFor({ timeout: 20_000 });
        await page.locator('.monaco-editor .squiggly-error').first().waitFor({ timeout: 20_000 });
        // Tokens with distinct colours mean the TextMate grammar is applied (plain text has one class).
        await page.waitForFunction(
            () => new Set([...document.querySelectorAll('.monaco-editor .view-lines span[class^="mtk"]')].map((s) => s.className)).size >= 3,
            undefined,
            { timeout: 20_000 },
        );
        const classes = await page.$$eval('.monaco-editor .view-lines span[class^="mtk"]', (spans) => [...new Set(spans.map((s) => s.className))]);
        return `${classes.length} token colours`;
    });

    await check('the Problems panel lists the typo', async () => {
        const markers = page.locator('.markers-panel .monaco-list-row');
        await markers.filter({ hasText: 'Escritoria' }).first().waitFor({ timeout: 20_000 });
        return (await markers.allInnerTexts()).join(' | ').replace(/\s+/g, ' ').slice(0, 200);
    });

    await sleep(500);
    await page.screenshot({ path: join(outDir, 'editor.png') });

    await check('the command palette offers the Pacto commands', async () => {
        await page.locator('.monaco-editor .view-lines').first().click();
        await page.keyboard.press('F1');
        const input = page.locator('.quick-input-widget input');
        await input.waitFor({ timeout: 10_000 });
        await input.fill('>Pacto: ');
        const rows = page.locator('.quick-input-widget .monaco-list-row');
        await rows.filter({ hasText: 'Preview deadlines' }).first().waitFor({ timeout: 10_000 });
        await rows.filter({ hasText: 'Restart language server' }).first().waitFor({ timeout: 10_000 });
        const labels = (await rows.allInnerTexts()).map((t) => t.split('\n')[0]);
        await page.keyboard.press('Escape');
        return labels.join(' | ');
    });

    await check('Preview deadlines from the palette: category, opening instant, then the preview', async () => {
        // A clean contract with two categories (the server refuses to preview a document with errors).
        await page.locator('.monaco-editor .view-lines').first().click();
        await page.keyboard.press('Control+P');
        await page.locator('.quick-input-widget input').fill('features.pacto');
        await page.locator('.quick-input-widget .monaco-list-row').filter({ hasText: 'features.pacto' }).first().waitFor({ timeout: 10_000 });
        await page.keyboard.press('Enter');
        await page.locator('.tabs-container .tab.active').filter({ hasText: 'features.pacto' }).waitFor({ timeout: 10_000 });
        await page.keyboard.press('F1');
        await page.locator('.quick-input-widget input').fill('>Pacto: Preview deadlines');
        await page.locator('.quick-input-widget .monaco-list-row').filter({ hasText: 'Preview deadlines' }).first().waitFor({ timeout: 10_000 });
        await page.keyboard.press('Enter');
        // The command asks the server for the categories (pacto/listCategories); a failure shows a notification.
        const picker = page.locator('.quick-input-widget').filter({ hasText: 'Preview deadlines of category' });
        const failure = page.locator('.notifications-toasts .notification-toast').filter({ hasText: 'Pacto' });
        await Promise.race([picker.first().waitFor({ timeout: 15_000 }), failure.first().waitFor({ timeout: 15_000 })]);
        if (await failure.count()) {
            const text = (await failure.first().innerText()).replace(/\s+/g, ' ');
            await page.keyboard.press('Escape');
            throw new Error(text);
        }
        const rows = picker.locator('.monaco-list-row');
        const labels = (await rows.allInnerTexts()).map((t) => t.replace(/\s+/g, ' ').trim());
        assert(labels.length, 2, `categories offered (${labels.join(' | ')})`);
        await picker.locator('input').fill('Critical');
        await page.keyboard.press('Enter');
        const widget = page.locator('.quick-input-widget').filter({ hasText: 'Preview deadlines of Critical' });
        const box = widget.locator('input');
        await widget.first().waitFor({ timeout: 10_000 });
        assert(await box.first().inputValue(), '2026-03-06T17:30:00-03:00', 'prefilled example');
        await box.first().fill('tomorrow');
        // The reason comes from the one instant syntax (runtime/time/instant.ts), e.g. "Not an ISO 8601 instant such as …".
        await page.locator('.quick-input-widget').filter({ hasText: 'ISO 8601 instant' }).first().waitFor({ timeout: 5_000 });
        await box.first().fill('2026-03-06T17:30:00-03:00');
        await page.keyboard.press('Enter');
        const tab = page.locator('.tabs-container .tab').filter({ hasText: 'Deadlines: Critical' }).first();
        await Promise.race([tab.waitFor({ timeout: 15_000 }), failure.first().waitFor({ timeout: 15_000 })]);
        if (await failure.count()) throw new Error((await failure.first().innerText()).replace(/\s+/g, ' '));
        const body = page.frameLocator('iframe.webview').frameLocator('#active-frame').locator('body');
        await body.locator('h1, h2, h3, p, table, pre').first().waitFor({ timeout: 15_000 });
        await sleep(500);
        await page.screenshot({ path: join(outDir, 'preview.png') });
        return `${labels.join(' | ')} → ${(await body.innerText()).replace(/\s+/g, ' ').slice(0, 160)}`;
    });

    await check("a hover's Explain… link opens the deadline preview", async () => {
        // Close the preview the previous check opened, then hover a target in features.pacto.
        const previewTab = page.locator('.tabs-container .tab').filter({ hasText: 'Deadlines:' }).first();
        if (await previewTab.count()) {
            await previewTab.click();
            await page.keyboard.press('Control+W');
            await previewTab.waitFor({ state: 'detached', timeout: 10_000 });
        }
        await page.locator('.tabs-container .tab').filter({ hasText: 'features.pacto' }).first().click();
        const line = page.locator('.view-lines .view-line').filter({ hasText: 'resolution within 4 business hours' }).first();
        await line.getByText('resolution', { exact: true }).first().hover();
        const hover = page.locator('.monaco-hover:visible').filter({ hasText: 'Explain' }).first();
        await hover.waitFor({ timeout: 15_000 });
        await hover.locator('a').filter({ hasText: 'Explain' }).first().click();
        await page.locator('.tabs-container .tab').filter({ hasText: 'Deadlines: Critical' }).first().waitFor({ timeout: 15_000 });
        const body = page.frameLocator('iframe.webview').frameLocator('#active-frame').locator('body');
        await body.locator('h1, h2, h3, p, table, pre').first().waitFor({ timeout: 15_000 });
        return (await body.innerText()).replace(/\s+/g, ' ').slice(0, 160);
    });

    await check('Simulate scenario… from the palette: pick the scenario, see the report with its charts', async () => {
        await page.keyboard.press('Escape');
        await page.locator('.monaco-editor .view-lines').first().click();
        await page.keyboard.press('Control+P');
        await page.locator('.quick-input-widget input').fill('helpdesk-br.pacto');
        await page.locator('.quick-input-widget .monaco-list-row').filter({ hasText: 'helpdesk-br.pacto' }).first().waitFor({ timeout: 10_000 });
        await page.keyboard.press('Enter');
        await page.locator('.tabs-container .tab.active').filter({ hasText: 'helpdesk-br.pacto' }).waitFor({ timeout: 10_000 });
        await page.keyboard.press('F1');
        await page.locator('.quick-input-widget input').fill('>Pacto: Simulate scenario');
        await page.locator('.quick-input-widget .monaco-list-row').filter({ hasText: 'Simulate scenario' }).first().waitFor({ timeout: 10_000 });
        await page.keyboard.press('Enter');
        const picker = page.locator('.quick-input-widget').filter({ hasText: 'Simulate scenario' });
        const failure = page.locator('.notifications-toasts .notification-toast').filter({ hasText: /Pacto: (?!simulating)/ });
        await Promise.race([picker.locator('.monaco-list-row').filter({ hasText: 'MesNormal' }).first().waitFor({ timeout: 15_000 }), failure.first().waitFor({ timeout: 15_000 })]);
        if (await failure.count()) throw new Error((await failure.first().innerText()).replace(/\s+/g, ' '));
        const labels = (await picker.locator('.monaco-list-row').allInnerTexts()).map((t) => t.replace(/\s+/g, ' ').trim());
        await picker.locator('input').fill('MesNormal');
        await page.keyboard.press('Enter');
        // A cancellable progress notification while it runs (it may finish before we look: not required).
        const progress = page.locator('.notifications-toasts .notification-toast').filter({ hasText: 'simulating MesNormal' });
        const sawProgress = await progress.first().waitFor({ timeout: 3_000 }).then(() => true, () => false);
        const tab = page.locator('.tabs-container .tab').filter({ hasText: 'Simulation: MesNormal' }).first();
        await Promise.race([tab.waitFor({ timeout: 60_000 }), failure.first().waitFor({ timeout: 60_000 })]);
        if (await failure.count()) throw new Error((await failure.first().innerText()).replace(/\s+/g, ' '));
        const frame = page.frameLocator('iframe.webview').last().frameLocator('#active-frame');
        await frame.locator('canvas').first().waitFor({ timeout: 15_000 });
        // chart.js ran (under the webview's nonce policy): it sizes the canvas and marks it.
        await page.waitForTimeout(1500);
        const drawn = await frame.locator('canvas').first().evaluate((c) => c.width > 0 && c.height > 0 && (c.style.display === 'block' || !!c.$chartjs || c.getAttribute('style') !== null));
        if (!drawn) throw new Error('the report has a canvas, but chart.js did not draw it');
        // Make room for the report and bring a chart into view for the screenshot.
        const previewTab = page.locator('.tabs-container .tab').filter({ hasText: 'Deadlines:' }).first();
        if (await previewTab.count()) {
            await previewTab.click();
            await page.keyboard.press('Control+W');
        }
        await tab.click();
        await frame.locator('canvas').first().scrollIntoViewIfNeeded();
        await page.waitForTimeout(800);
        await page.screenshot({ path: join(outDir, 'simulation.png') });
        const text = (await frame.locator('body').innerText()).replace(/\s+/g, ' ');
        return `${labels.join(' | ')}; progress notification ${sawProgress ? 'seen' : 'not seen (finished first)'}; ${text.slice(0, 120)}`;
    });

    await check('the report follows the colour theme (light, high contrast)', async () => {
        const frame = page.frameLocator('iframe.webview').last().frameLocator('#active-frame');
        const background = () => frame.locator('body').evaluate((b) => getComputedStyle(b).backgroundColor);
        const dark = await background();
        const shots = [];
        // Switch the theme with "Preferences: Color Theme", as a user would.
        for (const [theme, file] of [['Light Modern', 'simulation-light.png'], ['Dark High Contrast', 'simulation-hc.png']]) {
            await page.keyboard.press('F1');
            const input = page.locator('.quick-input-widget input');
            await input.fill('>Preferences: Color Theme');
            // Not "Preferences: Browse Color Themes in Marketplace", which the filter also matches.
            const command = page.locator('.quick-input-widget .monaco-list-row').filter({ hasText: 'Preferences: Color Theme', hasNotText: 'Browse' }).first();
            await command.waitFor({ timeout: 10_000 });
            const rowsBefore = (await page.locator('.quick-input-widget .monaco-list-row').allInnerTexts()).join(' | ');
            await command.click();
            // The theme picker replaces the palette: its rows are themes (the current one among them).
            await page.locator('.quick-input-widget .monaco-list-row').filter({ hasText: /Dark Modern|Light Modern/ }).first().waitFor({ timeout: 10_000 }).catch(async (error) => {
                await page.screenshot({ path: join(outDir, 'theme-failure.png') });
                throw new Error(`${error.message}\npalette rows were: ${rowsBefore}`);
            });
            await page.keyboard.type(theme);
            await page.locator('.quick-input-widget .monaco-list-row').filter({ hasText: theme }).first().waitFor({ timeout: 10_000 });
            await sleep(300);
            await page.keyboard.press('Enter');
            const previous = shots.length ? shots.at(-1).split(': ')[1] : dark;
            const deadline = Date.now() + 15_000;
            let now = await background();
            while (now === previous && Date.now() < deadline) {
                await sleep(250);
                now = await background();
            }
            if (now === previous) {
                await page.screenshot({ path: join(outDir, 'theme-failure.png') });
                throw new Error(`the report kept its background (${now}) under ${theme}`);
            }
            await sleep(500);
            await page.screenshot({ path: join(outDir, file) });
            shots.push(`${theme}: ${now}`);
        }
        return `dark: ${dark}; ${shots.join('; ')}`;
    });

    if (consoleErrors.length) results.push({ name: 'page errors (informational)', status: 'info', note: consoleErrors.slice(0, 5).join('\n') });
    if (!existsSync(join(outDir, 'editor.png'))) await page.screenshot({ path: join(outDir, 'editor.png') });
} finally {
    await browser.close();
    writeFileSync(join(outDir, 'ui-result.json'), JSON.stringify({ tests: results }, null, 2));
}
