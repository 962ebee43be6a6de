/** English messages of hovers, inlay hints, code lenses, completion details and quick-fix titles (language/lsp, runtime/explain). Keys are camelCase and unique across the whole catalogue. */
export const editor = {
} as const;
