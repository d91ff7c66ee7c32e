// The invitations of a LinkedIn export in figures: sent and received, with and without a note,
// and how many became connections (a sent invitation is accepted when its invitee is now a
// connection). Invariants: accepted ≤ sent; acceptedWithNote ≤ sentWithNote.

import { ratio } from './fold-text.js';
import type { LinkedInInvitation } from './parse-linkedin-invitations.js';

/** Invitations sent and received, with and without a note, and how many became connections. */
export interface InvitationFigures {
  /** Invitations you sent. */
  sent: number;
  /** Invitations you received. */
  received: number;
  /** Sent invitations with a note. */
  sentWithNote: number;
  /** `sentWithNote / sent`, `null` when none was sent. */
  noteShare: number | null;
  /** Sent invitations whose invitee is now a connection. */
  accepted: number;
  /** Accepted among those with a note. */
  acceptedWithNote: number;
  /** Accepted among those without a note. */
  acceptedWithoutNote: number;
  /** `accepted / sent`, `null` when none was sent. */
  acceptance: number | null;
  /** `acceptedWithNote / sentWithNote`, `null` when no note was sent. */
  acceptanceWithNote: number | null;
  /** `acceptedWithoutNote / (sent − sentWithNote)`, `null` when every invitation had a note. */
  acceptanceWithoutNote: number | null;
  /** Received invitations whose sender is now a connection (you accepted). */
  receivedAccepted: number;
  /** `receivedAccepted / received`, `null` when none was received. */
  receivedAcceptance: number | null;
}

/**
 * Counts invitations, notes and acceptances, and marks the connections an invitation with a note
 * went to or came from (`noted[i] = 1`).
 *
 * @param invitations - the export's invitations.
 * @param match - the index of the connection a key or name stands for, `-1` when none.
 * @param noted - one flag per connection, set here.
 * @returns the figures; shares are `null` when their denominator is 0.
 * @remarks Time O(i) for i invitations (plus `match`).
 */
export function invitationFigures(
  invitations: readonly LinkedInInvitation[],
  match: (key: string | undefined, name: string | undefined) => number,
  noted: Uint8Array,
): InvitationFigures {
  const inv: InvitationFigures = {
    sent: 0,
    received: 0,
    sentWithNote: 0,
    noteShare: null,
    accepted: 0,
    acceptedWithNote: 0,
    acceptedWithoutNote: 0,
    acceptance: null,
    acceptanceWithNote: null,
    acceptanceWithoutNote: null,
    receivedAccepted: 0,
    receivedAcceptance: null,
  };
  for (const invitation of invitations) {
    const i = match(invitation.contact, invitation.contactName);
    if (i >= 0 && invitation.hasNote) noted[i] = 1;
    if (invitation.direction === 'outgoing') {
      inv.sent++;
      if (invitation.hasNote) inv.sentWithNote++;
      if (i >= 0) {
        inv.accepted++;
        if (invitation.hasNote) inv.acceptedWithNote++;
        else inv.acceptedWithoutNote++;
      }
    } else if (invitation.direction === 'incoming') {
      inv.received++;
      if (i >= 0) inv.receivedAccepted++;
    }
  }
  inv.noteShare = ratio(inv.sentWithNote, inv.sent);
  inv.acceptance = ratio(inv.accepted, inv.sent);
  inv.acceptanceWithNote = ratio(inv.acceptedWithNote, inv.sentWithNote);
  inv.acceptanceWithoutNote = ratio(inv.acceptedWithoutNote, inv.sent - inv.sentWithNote);
  inv.receivedAcceptance = ratio(inv.receivedAccepted, inv.received);
  return inv;
}
