/** English messages of bounded work: horizons, budgets, encodings, sizes. Keys are camelCase and unique across the whole catalogue. */
export const limits = {
} as const;
