// The tests read generated PDFs back with poppler (pdftotext, pdffonts, pdftoppm, pdfinfo) and drive the
// language server from Neovim. Both are Debian packages: on a fresh machine, `npm test` installs them
// (as root, with apt-get) so that `npm ci && npm test` is all a newcomer types; elsewhere it says what to install.
import { spawnSync } from 'node:child_process';

const needed = [
    { command: 'pdftotext', pkg: 'poppler-utils' },
    { command: 'nvim', pkg: 'neovim' },
];
const has = (command) => spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
const missing = needed.filter((tool) => !has(tool.command)).map((tool) => tool.pkg);
if (missing.length === 0) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (!isRoot || !has('apt-get')) {
    console.error(`npm test needs the Debian packages ${missing.join(' and ')}: sudo apt-get install ${missing.join(' ')}`);
    process.exit(1);
}
console.error(`npm test: installing ${missing.join(', ')} (apt-get)`);
const run = (args) => spawnSync('apt-get', args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } }).status === 0;
if (!run(['update', '-qq']) || !run(['install', '-y', '-qq', ...missing])) {
    console.error(`npm test: apt-get could not install ${missing.join(' ')}`);
    process.exit(1);
}
