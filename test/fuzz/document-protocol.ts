/** What the document fuzzer's parent and its child process (document-driver.ts) say to each other. */
export interface DriverConfig {
    /** The repository (the JSON export's schema, the files of `files`). */
    root: string;
    /** The seed documents (corpus.ts), as the parent read them once: a file edited during a run changes nothing. */
    corpusFile: string;
    seed: number;
    /** Index of the first case, and how many. */
    from: number;
    count: number;
    /** Instead of mutations: these files (relative to root), each checked as it is; case i is files[i]. */
    files?: string[];
    /** After this many cases the heap is measured (after a GC) as the baseline. */
    warmup: number;
}

export type DriverMessage =
    | { type: 'start'; index: number }
    | { type: 'step'; step: string }
    | { type: 'done'; index: number; ms: number; cpuMs: number; clean: boolean; refused: number; failures: string[] }
    | { type: 'heap'; phase: 'warm' | 'end'; bytes: number }
    | { type: 'fatal'; message: string };
