/** English messages of the simulation report (text and HTML). Keys are camelCase and unique across the whole catalogue. */
export const simulation = {
} as const;
