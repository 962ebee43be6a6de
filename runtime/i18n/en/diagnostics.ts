/** English messages of validation diagnostics and syntax errors (language/validation, language/parser-messages.ts). Keys are camelCase and unique across the whole catalogue. */
export const diagnostics = {
} as const;
