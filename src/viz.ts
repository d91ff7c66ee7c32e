// handshakes/viz — layouts and standalone SVG/HTML pictures (d3-force; no DOM needed).
export * from './viz/index.js';
