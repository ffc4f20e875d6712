import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import type { RequestRecords } from '#requests/domain/ports';
import type { ServiceRequest } from '#requests/domain/request';

const stack = inject('stack');
let records: RequestRecords;

beforeAll(async () => {
  // The production adapter, pointed at the local stack's DynamoDB Local as its functions are.
  Object.assign(process.env, {
    AWS_REGION: 'ap-southeast-3',
    AWS_ACCESS_KEY_ID: 'S3RVER',
    AWS_SECRET_ACCESS_KEY: 'S3RVER',
    AWS_ENDPOINT_URL_DYNAMODB: stack.urls.dynamodb,
    TABLE_NAME: stack.tableName,
  });
  records = (await import('#requests/adapters/request-records')).requests;
});

/** A request stored as the API stores it, waiting for its number. */
async function stored(): Promise<ServiceRequest> {
  const at = new Date().toISOString();
  const request: ServiceRequest = {
    id: randomUUID(),
    serviceType: 'TAPERUM',
    status: 'AWAITING_SIGNATURE',
    applicant: { nip: '198807222012122001', name: 'Siti Rahmawati, S.Kep.', unit: 'DINKES' },
    createdBy: 'asn.lain',
    details: {},
    createdAt: at,
    updatedAt: at,
    version: 1,
  };
  await records.create(request, {
    requestId: request.id,
    at,
    actor: { username: 'asn.lain', role: 'ASN' },
    action: 'CREATED',
  });
  return request;
}

/** The change that records number `sequence` of `year`. */
const numbered = (year: number) => (sequence: number) => ({
  issuance: {
    documentId: randomUUID(),
    series: 'TAPERUM',
    year,
    sequence,
    number: `800/${sequence}/${year}`,
    numberedAt: new Date().toISOString(),
  },
});

describe('document numbers on DynamoDB Local', () => {
  it('give twenty documents numbered at once twenty consecutive numbers: no gaps, no doubles', async () => {
    const requests = await Promise.all(Array.from({ length: 20 }, () => stored()));
    // A year of its own, so no other test's documents count in this series.
    const results = await Promise.all(
      requests.map((request) => records.numberDocument(request, 'TAPERUM', 2099, numbered(2099))),
    );
    const sequences = results
      .map((request) => request.issuance?.sequence)
      .sort((a, b) => (a ?? 0) - (b ?? 0));
    expect(sequences).toEqual(Array.from({ length: 20 }, (_, index) => index + 1));
  });

  it('spends no number when the request changed in between', async () => {
    const request = await stored();
    await records.transition(request, { status: 'AWAITING_SURVEY' }, undefined);
    const stale = records.numberDocument(request, 'TAPERUM', 2098, () => ({}));
    await expect(stale).rejects.toMatchObject({ code: 'CONCURRENT_UPDATE' });
    const fresh = await records.get(request.id);
    const next = await records.numberDocument(fresh as ServiceRequest, 'TAPERUM', 2098, numbered(2098));
    expect(next.issuance?.sequence).toBe(1);
  });
});
