/** Where binary output (a PDF) goes without -o; a seam for tests of the rule that a terminal gets none. */
export interface BinaryStdout {
    isTTY: boolean;
    write(bytes: Uint8Array): void;
}

export const processStdout: BinaryStdout = {
    get isTTY() {
        return Boolean(process.stdout.isTTY);
    },
    write: (bytes) => {
        process.stdout.write(bytes);
    },
};
