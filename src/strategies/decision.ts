// The invitation and context one simulated decision hands to a policy: small class instances
// (no closures per decision). Reading `profile` charges one unit of effort to the decider, once
// per decision; everything else (acquaintance, mutual connections, counts) is free.

import type { Person } from '../model/person.js';
import type { OnlineLayer } from './online-layer.js';
import type { Invitation, StrategyContext } from './policies.js';
import type { World } from './world.js';

/** What a decision reads from the running simulation. */
export interface DecisionHost {
  readonly world: World;
  readonly layer: OnlineLayer;
  readonly effort: Float64Array;
  knows(u: number, v: number): boolean;
}

/** The invitation a policy sees in a simulation. */
export class SimInvitation implements Invitation {
  constructor(
    private readonly sim: DecisionHost,
    private readonly me: number,
    private readonly otherId: number,
    readonly direction: 'received' | 'sent',
  ) {}
  private read = false;
  get other(): string {
    return this.sim.world.keys[this.otherId]!;
  }
  get from(): string {
    return this.sim.world.keys[this.direction === 'sent' ? this.me : this.otherId]!;
  }
  get to(): string {
    return this.sim.world.keys[this.direction === 'sent' ? this.otherId : this.me]!;
  }
  get profile(): Person {
    if (!this.read) {
      this.read = true;
      this.sim.effort[this.me]!++;
    }
    return this.sim.world.people[this.otherId]!;
  }
}

/** What the deciding person knows for free in a simulation. */
export class SimContext implements StrategyContext {
  constructor(
    private readonly sim: DecisionHost,
    private readonly meId: number,
    private readonly otherId: number,
    readonly round: number,
  ) {}
  get me(): string {
    return this.sim.world.keys[this.meId]!;
  }
  get myProfile(): Person {
    return this.sim.world.people[this.meId]!;
  }
  private id(key: string): number {
    return key === this.sim.world.keys[this.otherId] ? this.otherId : this.sim.world.known.keys.id(key);
  }
  knows(key: string): boolean {
    const v = this.id(key);
    return v >= 0 && this.sim.knows(this.meId, v);
  }
  mutualConnections(key: string): number {
    const v = this.id(key);
    return v < 0 ? 0 : this.sim.layer.mutual(this.meId, v);
  }
  connections(key?: string): number {
    const v = key === undefined ? this.meId : this.id(key);
    return v < 0 ? 0 : this.sim.layer.degree(v);
  }
}
