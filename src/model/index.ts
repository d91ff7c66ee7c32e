export type { Person, Relationship } from './person.js';
export { createPeopleGraph, type PeopleGraph, type PeopleGraphOptions } from './people-graph.js';
export { normalizeProfileUrl } from './normalize-profile-url.js';
export { KeySafeGraph, makeKeySafe, type KeySafeGraphConstructor } from './key-safe-graph.js';
