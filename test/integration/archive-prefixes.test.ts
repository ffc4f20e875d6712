import { ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3';
import { describe, expect, inject, it } from 'vitest';
import { apiClient } from '#kit/api';
import { freshApplicant } from '#kit/applicants';
import { requestAwaitingVerification, storePersonalDocument } from '#kit/fixtures';
import { issueAndAnswerSurvey } from '#kit/workflow';

const stack = inject('stack');
const api = apiClient(stack.urls.api);
/** The archive bucket infra/local/stack.ts creates. */
const ARCHIVE = 'layanan-archive';
const s3 = new S3Client({
  region: 'ap-southeast-3',
  credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
  endpoint: stack.urls.s3,
  forcePathStyle: true,
});

/** The keys of the archive bucket that contain `part` (one page is plenty for one request's objects). */
async function keysWith(part: string): Promise<string[]> {
  const listed = await s3.send(new ListObjectsV2Command({ Bucket: ARCHIVE }));
  return (listed.Contents ?? []).flatMap((object) => (object.Key?.includes(part) ? [object.Key] : []));
}

/**
 * s3rver has no Object Lock (the per-object retention is asserted on the template and in the
 * unit tests of issuance); what it shows is where each kind of document goes: only issued
 * documents under documents/, the one prefix where functions may lock an object.
 */
describe('the archive bucket’s prefixes', () => {
  it('keeps a request’s draft under drafts/ and its issued letter alone under documents/', async () => {
    const applicant = (await freshApplicant(api)).username;
    const { id } = await requestAwaitingVerification(api, applicant);
    await issueAndAnswerSurvey(api, id, applicant);
    const keys = await keysWith(id);
    expect(keys.filter((key) => key.startsWith(`drafts/${id}/`)).length).toBeGreaterThan(0);
    expect(keys.filter((key) => key.startsWith(`documents/${id}/`))).toHaveLength(1);
    expect(keys.every((key) => key.startsWith('drafts/') || key.startsWith('documents/'))).toBe(true);
  });

  it('keeps an employee’s own document under personal/, never under documents/', async () => {
    const applicant = (await freshApplicant(api)).username;
    const stored = await storePersonalDocument(api, applicant, { title: 'Ijazah Sarjana' });
    expect(stored.body).toMatchObject({ status: 'STORED' });
    expect(await keysWith(stored.body.documentId)).toEqual([
      expect.stringMatching(new RegExp(`^personal/\\d{18}/${stored.body.documentId}\\.pdf$`)),
    ]);
  });
});
