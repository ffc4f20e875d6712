import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type ApiClient, apiClient } from '#kit/api';
import { requestAwaitingVerification } from '#kit/fixtures';
import { runScript, withSourceAndEmptyTarget } from '#kit/operator';
import {
  decide,
  issueAndAnswerSurvey,
  type Published,
  signAndAnswerSurvey,
  validate,
  waitingAt,
} from '#kit/workflow';

interface Verified {
  readonly status: string;
  readonly document?: { readonly signature: { readonly valid: boolean; readonly keyId: string } };
}

/** A request issued, answered and downloaded: its document id. */
async function issued(api: ApiClient): Promise<string> {
  const { id, applicant } = await requestAwaitingVerification(api);
  await issueAndAnswerSurvey(api, id, applicant);
  return (await api.get<{ documentId: string }>(`/requests/${id}/output`, { as: applicant })).body.documentId;
}

const verify = async (api: ApiClient, documentId: string) =>
  (await api.get<Verified>(`/verify/${documentId}`)).body;

describe('a restore into an empty deployment (Kediri Pasal 17)', () => {
  it('starts every in-flight request again at its stage with its deadline, and restored documents verify, revoked ones as revoked', async () => {
    await withSourceAndEmptyTarget(async ({ source, target, work }) => {
      const before = apiClient(source.urls.api);
      const atVerification = (await requestAwaitingVerification(before)).id;
      const verificationTask = (await waitingAt(before, atVerification, 'VERIFICATION')).task;
      const signing = await requestAwaitingVerification(before);
      const atSigning = signing.id;
      await validate(before, atSigning);
      const valid = await issued(before);
      const revoked = await issued(before);
      const revocation = await before.post(`/documents/${revoked}/revocation`, {
        as: 'penandatangan',
        body: { reason: 'Terdapat kekeliruan nama pejabat.' },
      });
      expect(revocation.status).toBe(200);
      expect((await verify(before, revoked)).status).toBe('REVOKED');

      const backedUp = await runScript('backup', ['--out', join(work, 'backup')], source);
      expect(backedUp.code).toBe(0);
      const restored = await runScript('restore', ['--from', join(work, 'backup')], target);
      expect(restored.stderr).not.toMatch(/Failed/);
      expect(restored.code).toBe(0);
      expect(restored.stdout).toContain('Started the workflows of 2 in-flight requests again');

      const after = apiClient(target.urls.api);
      // Documents signed before the backup verify with the key the backup carried.
      expect(await verify(after, valid)).toMatchObject({
        status: 'VALID',
        document: { signature: { valid: true } },
      });
      expect(await verify(after, revoked)).toMatchObject({
        status: 'REVOKED',
        document: { signature: { valid: true } },
      });

      // Each in-flight request waits again where it stood, its deadline unchanged, and goes on.
      const waiting = await waitingAt(after, atVerification, 'VERIFICATION');
      expect(waiting.task?.dueAt).toBe(verificationTask?.dueAt);
      expect((await decide(after, atVerification, 'VERIFICATION', 'ACCEPT')).status).toBe(200);
      await waitingAt(after, atVerification, 'SUPERVISOR_VALIDATION');

      await signAndAnswerSurvey(after, atSigning, signing.applicant);
      const output = await after.get<{ documentId: string }>(`/requests/${atSigning}/output`, {
        as: signing.applicant,
      });
      const signedAfter = await verify(after, output.body.documentId);
      expect(signedAfter.status).toBe('VALID');
      expect(signedAfter.document?.signature.keyId).toBe(
        (await verify(after, valid)).document?.signature.keyId,
      );
      const completed = await after.get<Published>(`/requests/${atSigning}`, { as: 'auditor' });
      expect(completed.body.status).toBe('COMPLETED');
    });
  }, 120_000);
});
