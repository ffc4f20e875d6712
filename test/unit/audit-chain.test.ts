import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { memoryRecords, testClock } from '#kit/fakes';
import { type AuditLink, GENESIS, sealEvent, verifyChain } from '#requests/domain/audit-chain';
import type { AuditEvent, ServiceRequest } from '#requests/domain/request';
import { checkAuditChain } from '#requests/use-cases/audit-chain';

const REQUEST_ID = '6f1d3c2e-8a4b-4c5d-9e6f-7a8b9c0d1e2f';

function event(action: string, username: string, note?: string): AuditEvent {
  return {
    requestId: REQUEST_ID,
    at: '2026-11-23T02:00:00.000Z',
    actor: { username, role: username === 'system' ? 'SYSTEM' : 'VERIFIER' },
    action,
    ...(note && { note }),
  };
}

/** A trail as the records write it: versions with gaps where a change wrote no event. */
function trail(): { links: AuditLink[]; head: string } {
  const events: Array<[number, AuditEvent]> = [
    [1, event('CREATED', 'asn.lain')],
    [2, event('SUBMITTED', 'asn.lain')],
    [5, event('DECIDED', 'verifikator', 'Berkas lengkap dan sah.')],
    [6, event('STAGE_OPENED', 'system')],
  ];
  const links: AuditLink[] = [];
  let head: string | undefined;
  for (const [version, sealed] of events) {
    const seal = sealEvent(sealed, version, head);
    links.push({ version, event: sealed, ...seal });
    head = seal.hash;
  }
  return { links, head: head as string };
}

const at = (links: AuditLink[], index: number) => links[index] as AuditLink;

describe('the audit chain', () => {
  it('seals the canonical JSON of previous, version and event: keys sorted, undefined left out', () => {
    const created = { ...event('CREATED', 'asn.lain'), note: undefined };
    const canonical =
      `{"event":{"action":"CREATED","actor":{"role":"VERIFIER","username":"asn.lain"},` +
      `"at":"2026-11-23T02:00:00.000Z","requestId":"${REQUEST_ID}"},"previous":"${GENESIS}","version":1}`;
    expect(sealEvent(created, 1, undefined)).toEqual({
      previous: GENESIS,
      hash: createHash('sha256').update(canonical).digest('hex'),
    });
  });

  it('holds for an intact trail, gaps between versions included', () => {
    const { links, head } = trail();
    expect(verifyChain(links, head)).toEqual({ valid: true, length: 4 });
  });

  it('breaks at an event whose content was altered', () => {
    const { links, head } = trail();
    const forged = at(links, 2);
    links[2] = { ...forged, event: { ...forged.event, actor: { username: 'pengawas', role: 'SUPERVISOR' } } };
    expect(verifyChain(links, head)).toEqual({
      valid: false,
      length: 4,
      brokenAt: { version: 5, reason: expect.stringMatching(/tidak cocok dengan hash-nya/) },
    });
  });

  it('breaks after an event removed from the middle', () => {
    const { links, head } = trail();
    links.splice(1, 1);
    expect(verifyChain(links, head)).toEqual({
      valid: false,
      length: 3,
      brokenAt: { version: 5, reason: expect.stringMatching(/hilang atau urutannya diubah/) },
    });
  });

  it('breaks where two events were swapped', () => {
    const { links, head } = trail();
    [links[1], links[2]] = [at(links, 2), at(links, 1)];
    expect(verifyChain(links, head)).toMatchObject({ valid: false, brokenAt: { version: 5 } });
  });

  it('breaks at the last event left when the latest was removed: the request records another head', () => {
    const { links, head } = trail();
    links.pop();
    expect(verifyChain(links, head)).toEqual({
      valid: false,
      length: 3,
      brokenAt: { version: 5, reason: expect.stringMatching(/sesudahnya hilang/) },
    });
  });

  it('breaks at an event appended past the head the request records, though sealed onto the chain', () => {
    const { links, head } = trail();
    const appended = event('DECIDED', 'pengawas', 'Disetujui.');
    links.push({ version: 7, event: appended, ...sealEvent(appended, 7, head) });
    expect(verifyChain(links, head)).toEqual({
      valid: false,
      length: 5,
      brokenAt: { version: 7, reason: expect.stringMatching(/sesudah peristiwa yang dicatat permohonan/) },
    });
  });

  it('breaks at an event stored without its seal', () => {
    const { links, head } = trail();
    const { hash: _hash, ...unsealed } = at(links, 0);
    links[0] = unsealed;
    expect(verifyChain(links, head)).toMatchObject({ valid: false, brokenAt: { version: 1 } });
  });

  it('holds for an empty trail with no head, and breaks before its start when a head is recorded', () => {
    expect(verifyChain([], undefined)).toEqual({ valid: true, length: 0 });
    expect(verifyChain([], trail().head)).toMatchObject({
      valid: false,
      length: 0,
      brokenAt: { version: 0 },
    });
  });
});

describe('checking a request’s audit chain', () => {
  const request: ServiceRequest = {
    id: REQUEST_ID,
    serviceType: 'KGB',
    status: 'DRAFT',
    applicant: { nip: '198807222012122001', name: 'Siti Rahmawati', unit: 'DINKES' },
    createdBy: 'asn.lain',
    details: {},
    createdAt: '2026-11-23T02:00:00.000Z',
    updatedAt: '2026-11-23T02:00:00.000Z',
    version: 1,
  };

  it('holds for the trail the records wrote, and reports the head the request keeps', async () => {
    const { records } = memoryRecords(testClock('2026-11-23T02:00:00Z'));
    const created = await records.create(request, event('CREATED', 'asn.lain'));
    const quiet = await records.transition(created, { notes: ['catatan'] }, undefined);
    const submitted = await records.transition(
      quiet,
      { status: 'AWAITING_VERIFICATION' },
      event('SUBMITTED', 'asn.lain'),
    );
    expect(await checkAuditChain(records, REQUEST_ID)).toEqual({
      requestId: REQUEST_ID,
      valid: true,
      length: 2,
      head: submitted.auditHead,
    });
    expect(await checkAuditChain(records, 'no-such-request')).toBeUndefined();
  });

  it('reads again when the request changed while its trail was read, rather than report a break', async () => {
    const { records } = memoryRecords(testClock('2026-11-23T02:00:00Z'));
    let latest = await records.create(request, event('CREATED', 'asn.lain'));
    let writesLeft = 1;
    const busy = {
      get: records.get,
      // A decision lands after the request was read, before its trail is.
      async listAuditChain(id: string) {
        if (writesLeft-- > 0) latest = await records.transition(latest, {}, event('NOTED', 'verifikator'));
        return records.listAuditChain(id);
      },
    };
    expect(await checkAuditChain(busy, REQUEST_ID)).toMatchObject({ valid: true, length: 2 });
  });
});
