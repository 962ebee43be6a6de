// Chevrotain's lexer maps every UTF-16 char code to the index of its first-character table once per process
// (lexer.js, initCharCodeToOptimizedIndexMap): a loop of 65,536 steps that runs in V8's interpreter at start-up,
// 7-15 ms of every `pacto check` (issue 14), more than the rest of the lexer's construction. The bundles get the
// same table from 258 native `fill`s instead: the same 65,536 elements, the same array kind (holey small integers),
// test/cli/startup-chevrotain.test.ts. A Chevrotain whose loop reads otherwise fails the build.

export const CHAR_CODE_LOOP = `        charCodeToOptimizedIdxMap = new Array(65536);
        for (let i = 0; i < 65536; i++) {
            charCodeToOptimizedIdxMap[i] = i > 255 ? 255 + ~~(i / 255) : i;
        }`;

// Codes 256 and above share an index per 255 codes: 255 + ~~(i / 255) is 255 + q over [255 q, 255 q + 254].
export const CHAR_CODE_FILLS = `        charCodeToOptimizedIdxMap = new Array(65536);
        for (let i = 0; i < 256; i++) {
            charCodeToOptimizedIdxMap[i] = i;
        }
        for (let q = 1; q * 255 < 65536; q++) {
            charCodeToOptimizedIdxMap.fill(255 + q, Math.max(256, q * 255), Math.min(65536, q * 255 + 255));
        }`;

/** The esbuild plugin: Chevrotain's scan/lexer.js with the loop above replaced by the fills. */
export const chevrotainCharCodes = {
    name: 'chevrotain-char-codes',
    setup(build) {
        build.onLoad({ filter: /[\\/]chevrotain[\\/]lib[\\/]src[\\/]scan[\\/]lexer\.js$/ }, async (args) => {
            const { readFile } = await import('node:fs/promises');
            const source = await readFile(args.path, 'utf8');
            const at = source.indexOf(CHAR_CODE_LOOP);
            if (at < 0 || source.indexOf(CHAR_CODE_LOOP, at + 1) >= 0) throw new Error(`chevrotain-char-codes: ${args.path} does not hold the char code loop once`);
            return { loader: 'js', contents: source.replace(CHAR_CODE_LOOP, CHAR_CODE_FILLS) };
        });
    },
};
