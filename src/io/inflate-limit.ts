// How far a reader inflates compressed input before refusing it, for every reader in one place: a
// zip's wanted entries together (zip-entries.ts, export-files.ts) and a whole gzip file
// (node/gzip.ts). A small file that inflates to gigabytes stops there, unallocated. In a module of
// its own so that node/gzip.ts does not load fflate with zip-entries.ts.

/** Most bytes one archive's wanted entries, or one gzip file, may inflate to: 256 MiB. */
export const MAX_INFLATED_BYTES = 256 * 1024 * 1024;
