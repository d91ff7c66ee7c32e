// handshakes/sample — the Node-only entry that names the sample data shipped in the package.
// Re-exports only.

export * from './node/sample-path.js';
