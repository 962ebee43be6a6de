/** English messages of reading ticket histories (Pacto event logs): rows, columns, events. Keys are camelCase and unique across the whole catalogue. */
export const history = {
} as const;
