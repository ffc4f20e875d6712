import { createHash } from 'node:crypto';
import type { AuditEvent } from './request';

/**
 * A request's audit trail as a hash chain: each event is sealed with the SHA-256 of its version,
 * its content and the seal of the event before it, and the request records the seal of its
 * latest event (its head). Changing, removing or reordering an event, or cutting the trail
 * short, breaks the chain at a place `verifyChain` names.
 */

/** What the first event of a trail links to. */
export const GENESIS = '0'.repeat(64);

/** What binds an event into the chain. */
export interface Seal {
  /** The hash of the event before it (GENESIS for the first). */
  readonly previous: string;
  /** The hash of this event: its content, its version and `previous`. */
  readonly hash: string;
}

/** One event of the trail as read back, with its seal (absent when it was stored without one). */
export interface AuditLink extends Partial<Seal> {
  readonly version: number;
  readonly event: AuditEvent;
}

export type ChainVerdict =
  | { readonly valid: true; readonly length: number }
  | {
      readonly valid: false;
      readonly length: number;
      /** The first link that does not hold; version 0 when the trail is empty. */
      readonly brokenAt: { readonly version: number; readonly reason: string };
    };

/** JSON with object keys in code-point order and undefined members left out: one text per value. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const members = Object.entries(value)
      .filter(([, member]) => member !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([name, member]) => `${JSON.stringify(name)}:${canonicalJson(member)}`);
    return `{${members.join(',')}}`;
  }
  return JSON.stringify(value);
}

function hashOf(previous: string, version: number, event: AuditEvent): string {
  return createHash('sha256').update(canonicalJson({ previous, version, event })).digest('hex');
}

/** The seal of `event`, written at `version`, onto the chain whose head is `head` (none: a new trail). */
export function sealEvent(event: AuditEvent, version: number, head: string | undefined): Seal {
  const previous = head ?? GENESIS;
  return { previous, hash: hashOf(previous, version, event) };
}

/** Checks the links of a trail, in version order, against the head its request records. */
export function verifyChain(links: readonly AuditLink[], head: string | undefined): ChainVerdict {
  const length = links.length;
  const broken = (version: number, reason: string): ChainVerdict => ({
    valid: false,
    length,
    brokenAt: { version, reason },
  });
  let expected = GENESIS;
  for (const link of links) {
    if (link.previous === undefined || link.hash === undefined)
      return broken(link.version, 'Peristiwa ini tidak memiliki segel hash.');
    if (link.previous !== expected)
      return broken(
        link.version,
        'Rujukan ke peristiwa sebelumnya tidak cocok: ada peristiwa yang hilang atau urutannya diubah.',
      );
    if (hashOf(link.previous, link.version, link.event) !== link.hash)
      return broken(link.version, 'Isi peristiwa tidak cocok dengan hash-nya: peristiwa ini telah diubah.');
    expected = link.hash;
  }
  const last = links.length === 0 ? undefined : expected;
  if (last === head) return { valid: true, length };
  // The trail goes on past the event the request records as its latest, or stops short of it.
  const headIndex = links.findIndex((link) => link.hash === head);
  const beyondHead = headIndex === -1 ? undefined : links[headIndex + 1];
  if (beyondHead)
    return broken(
      beyondHead.version,
      'Peristiwa ini tercatat sesudah peristiwa yang dicatat permohonan sebagai yang terakhir.',
    );
  return broken(
    links.at(-1)?.version ?? 0,
    'Rantai tidak berakhir pada peristiwa yang dicatat permohonan sebagai yang terakhir: peristiwa sesudahnya hilang.',
  );
}
