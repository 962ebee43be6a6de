/** English messages of reading help-desk exports, mappings and outage logs, and calibrating scenarios from history. Keys are camelCase and unique across the whole catalogue. */
export const imports = {
} as const;
