import { randomUUID } from 'node:crypto';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { describe, expect, inject, it } from 'vitest';
import { apiClient } from '#kit/api';
import { freshApplicant } from '#kit/applicants';
import { requestAwaitingVerification } from '#kit/fixtures';
import { runScript } from '#kit/operator';
import { decide, waitingAt } from '#kit/workflow';

const stack = inject('stack');
const api = apiClient(stack.urls.api);
const table = DynamoDBDocumentClient.from(
  new DynamoDBClient({
    region: 'ap-southeast-3',
    credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
    endpoint: stack.urls.dynamodb,
  }),
);

interface ChainReport {
  readonly requestId: string;
  readonly valid: boolean;
  readonly length: number;
  readonly brokenAt?: { readonly version: number; readonly reason: string };
  readonly head?: string;
}

const auditVerify = (args: string[]) => runScript('audit-verify', args, stack);

/** The audit items of a request as DynamoDB Local holds them. */
async function auditItems(id: string) {
  const result = await table.send(
    new QueryCommand({
      TableName: stack.tableName,
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :audit)',
      ExpressionAttributeValues: { ':pk': `REQ#${id}`, ':audit': 'AUDIT#' },
      ConsistentRead: true,
    }),
  );
  return (result.Items ?? []) as Array<{
    pk: string;
    sk: string;
    version: number;
    audit: { action: string; actor: { username: string } };
  }>;
}

describe('the audit chain of a request', () => {
  it('holds through the workflow, names the event altered in the table, and answers auditors only', async () => {
    const applicant = (await freshApplicant(api)).username;
    const { id } = await requestAwaitingVerification(api, applicant);
    await decide(api, id, 'VERIFICATION', 'ACCEPT');
    await waitingAt(api, id, 'SUPERVISOR_VALIDATION');
    const history = await api.get<{ audit: unknown[] }>(`/requests/${id}/history`, { as: 'auditor' });
    const length = history.body.audit.length;
    expect(length).toBeGreaterThanOrEqual(3);

    const intact = await api.get<ChainReport>(`/requests/${id}/audit-chain`, { as: 'auditor' });
    expect(intact.status).toBe(200);
    expect(intact.body).toEqual({
      requestId: id,
      valid: true,
      length,
      head: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    const checked = await auditVerify(['--request', id]);
    expect(checked.code, checked.stderr).toBe(0);
    expect(checked.stdout).toContain(`${id}: intact, ${length} events`);

    // Someone with write access to the table makes the verification look like another official's.
    const decision = (await auditItems(id)).find((item) => item.audit.actor.username === 'verifikator');
    if (!decision) throw new Error('the verifier’s decision has no audit event');
    await table.send(
      new UpdateCommand({
        TableName: stack.tableName,
        Key: { pk: decision.pk, sk: decision.sk },
        UpdateExpression: 'SET #audit.#actor.#username = :forged',
        ExpressionAttributeNames: { '#audit': 'audit', '#actor': 'actor', '#username': 'username' },
        ExpressionAttributeValues: { ':forged': 'pengawas' },
      }),
    );

    const broken = await api.get<ChainReport>(`/requests/${id}/audit-chain`, { as: 'auditor' });
    expect(broken.body).toEqual({
      requestId: id,
      valid: false,
      length,
      brokenAt: { version: decision.version, reason: expect.stringMatching(/telah diubah/) },
      head: intact.body.head,
    });
    expect((await api.get(`/requests/${id}/audit-chain`, { as: applicant })).status).toBe(403);
    const unknown = await api.get<{ error: { code: string } }>(`/requests/${randomUUID()}/audit-chain`, {
      as: 'auditor',
    });
    expect([unknown.status, unknown.body.error.code]).toEqual([404, 'REQUEST_NOT_FOUND']);

    const one = await auditVerify(['--request', id]);
    expect(one.code, one.stderr).toBe(1);
    expect(one.stdout).toContain(`${id}: broken at version ${decision.version}`);
    const every = await auditVerify(['--all']);
    expect(every.code, every.stderr).toBe(1);
    expect(every.stdout).toContain(`${id}: broken at version ${decision.version}`);
    expect(every.stderr).toMatch(/\d+ audit chains checked: \d+ intact, \d+ broken\./);
    expect((await auditVerify(['--request', id, '--all'])).code).toBe(2);
  });
});
