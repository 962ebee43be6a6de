// The UI of a Spanish or Brazilian user's editor (display language PACTO_E2E_LANGUAGE, `pacto.language` the
// same; e2e/run.sh): waits for the API tests of e2e/tests/locale.cjs, then looks at what the user reads —
// the Problems panel, the command palette, a hover — and runs the compliance report from the palette,
// taking a screenshot of each.   Usage: node ui-locale.mjs URL RESULT_FILE OUT_DIR
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checks, complianceFromPalette, launch, quickOpen, runFromPalette, sleep, waitForFile } from './ui-common.mjs';

const [url, resultFile, outDir] = process.argv.slice(2);
if (!url || !resultFile || !outDir) throw new Error('usage: node ui-locale.mjs URL RESULT_FILE OUT_DIR');
mkdirSync(outDir, { recursive: true });
const display = process.env.PACTO_E2E_LANGUAGE;
const workspace = process.env.PACTO_E2E_WORKSPACE;
const { COMPLIANCE_EXAMPLE, HOVER, LANGUAGE_OF_DISPLAY, UNKNOWN_CALENDAR } = createRequire(import.meta.url)('./tests/expected-messages.cjs');
const language = LANGUAGE_OF_DISPLAY[display];
const root = fileURLToPath(new URL('..', import.meta.url));
const nls = JSON.parse(readFileSync(join(root, `package.nls.${display}.json`), 'utf8'));
const l10n = JSON.parse(readFileSync(join(root, `l10n/bundle.l10n.${display}.json`), 'utf8'));
const browser = await launch();
const page = await browser.newPage({ viewport: { width: 1400, height: 860 } });
const { results, check } = checks(async (n) => {
    const file = join(outDir, `failure-${n}.png`);
    await page.screenshot({ path: file });
    return file;
});
try {

    await check('workbench loads', async () => {
        await page.goto(url, { waitUntil: 'domcontentloaded' });
        await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
    });

    await check('extension-host tests finish', async () => {
        const api = await waitForFile(resultFile, Number(process.env.PACTO_E2E_TIMEOUT_MS ?? 180_000));
        return `${api.passed} passed, ${api.failed} failed`;
    });

    await check(`the Problems panel lists the typo in ${language}`, async () => {
        const markers = page.locator('.markers-panel .monaco-list-row');
        await markers.filter({ hasText: UNKNOWN_CALENDAR[language] }).first().waitFor({ timeout: 20_000 });
        await sleep(500);
        await page.screenshot({ path: join(outDir, 'editor.png') });
        return (await markers.allInnerTexts()).join(' | ').replace(/\s+/g, ' ').slice(0, 200);
    });

    await check(`the command palette offers the Pacto commands in ${display}`, async () => {
        await page.locator('.monaco-editor .view-lines').first().click();
        await page.keyboard.press('F1');
        const input = page.locator('.quick-input-widget input');
        await input.waitFor({ timeout: 10_000 });
        await input.fill('>Pacto: ');
        const rows = page.locator('.quick-input-widget .monaco-list-row');
        const titles = Object.entries(nls).filter(([key]) => /^command\..+\.title$/.test(key)).map(([, title]) => `Pacto: ${title}`);
        for (const title of titles) await rows.filter({ hasText: title }).first().waitFor({ timeout: 10_000 });
        await sleep(300);
        await page.screenshot({ path: join(outDir, 'palette.png') });
        const labels = (await rows.allInnerTexts()).map((t) => t.split('\n')[0]);
        await page.keyboard.press('Escape');
        return labels.join(' | ');
    });

    await check(`a target's hover in ${language}`, async () => {
        await page.locator('.monaco-editor .view-lines').first().click();
        await quickOpen(page, 'features.pacto');
        const line = page.locator('.view-lines .view-line').filter({ hasText: 'resolution within 4 business hours' }).first();
        await line.getByText('resolution', { exact: true }).first().hover();
        const hover = page.locator('.monaco-hover:visible').filter({ has: page.locator('a') }).first();
        await hover.waitFor({ timeout: 15_000 });
        await sleep(500);
        const text = (await hover.innerText()).replace(/\s+/g, ' ');
        await page.screenshot({ path: join(outDir, 'hover.png') });
        await page.keyboard.press('Escape');
        const english = text.match(HOVER[language].english);
        if (english) throw new Error(`English left in the hover: "${english[0]}" in ${text.slice(0, 300)}`);
        if (!HOVER[language].weekday.test(text)) throw new Error(`no weekday written in ${language}: ${text.slice(0, 300)}`);
        return text.slice(0, 160);
    });

    await check(`"Pacto: ${nls['command.complianceReport.title']}" from the palette shows the report`, async () => {
        await page.locator('.monaco-editor .view-lines').first().click();
        const example = COMPLIANCE_EXAMPLE[display];
        await quickOpen(page, example.file);
        const text = await complianceFromPalette(page, {
            command: `Pacto: ${nls['command.complianceReport.title']}`,
            noOtherFile: l10n['No other file'],
            tab: l10n['Compliance: {0}'].replace('{0}', example.contract),
            history: join(workspace, 'history', example.history),
            outDir,
            screenshot: 'compliance.png',
        });
        // The report is in the contract's language (the example's locale is the user's), objectives by their titles.
        for (const expected of [example.contract, ...example.shows]) {
            if (!text.includes(expected)) throw new Error(`"${expected}" not in the report: ${text.slice(0, 300)}`);
        }
        return text.slice(0, 160);
    });

    await check(`the getting-started walkthrough is in ${display}`, async () => {
        await page.keyboard.press('Escape');
        await runFromPalette(page, 'Welcome: Open Walkthrough...');
        const walkthrough = page.locator('.quick-input-widget .monaco-list-row').filter({ hasText: nls['walkthrough.title'] }).first();
        await walkthrough.waitFor({ timeout: 10_000 });
        await walkthrough.click();
        const steps = ['newContract', 'deadlines', 'simulate', 'compliance', 'language'].map((step) => nls[`walkthrough.${step}.title`]);
        for (const title of steps) await page.getByText(title, { exact: true }).first().waitFor({ timeout: 10_000 });
        await sleep(800);
        await page.screenshot({ path: join(outDir, 'walkthrough.png') });
        return steps.join(' | ');
    });
} finally {
    await browser.close();
    writeFileSync(join(outDir, 'ui-result.json'), JSON.stringify({ tests: results }, null, 2));
}
