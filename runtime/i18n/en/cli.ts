/** English messages of the pacto command's messages, help and errors (cli/). Keys are camelCase and unique across the whole catalogue. */
export const cli = {
} as const;
