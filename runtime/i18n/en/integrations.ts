/** English messages of help-desk exports, conformance and the library API. Keys are camelCase and unique across the whole catalogue. */
export const integrations = {
} as const;
