// The attributes of a person node. Every field is optional: an edge list gives bare keys, a
// LinkedIn export gives names, company and dates; richer apps extend the type.

import type { Attributes } from 'graphology-types';

/** Attributes of a person in a `PeopleGraph`. */
export interface Person extends Attributes {
  /** Display name, as the source wrote it. */
  name?: string;
  /** First name. */
  firstName?: string;
  /** Last name. */
  lastName?: string;
  /** Profile URL as found in the source. */
  profileUrl?: string;
  /** Email address (importers drop it unless asked to keep it). */
  email?: string;
  /** Current company. */
  company?: string;
  /** Current position (job title). */
  position?: string;
  /** Sector or industry. */
  sector?: string;
  /** Date the connection was made, ISO `YYYY-MM-DD`. */
  connectedOn?: string;
  /** Free tags. */
  tags?: string[];
}

/** Attributes of a relationship edge. */
export interface Relationship extends Attributes {
  /** Date the connection was made, ISO `YYYY-MM-DD`. */
  connectedOn?: string;
  /** Which export (owner key) or file the edge came from. */
  source?: string;
  /** Whether the two people really know each other (the "private club" view). */
  known?: boolean;
  /** Relationship strength or cost, for weighted paths. */
  weight?: number;
}
