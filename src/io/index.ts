// Filled by its issue; re-exports only.
export {};
