import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import type { SigningBatch, SigningBatches, SigningLedger, SigningRecord } from '#documents/domain/ports';
import { documentClient, putIfAbsent, tableName } from '#kernel/adapters/dynamodb';

const recordKey = (sha256: string) => ({ pk: `SIGNATURE#${sha256}`, sk: 'SIGNATURE' });

/** Signing acts by the digest they sign: the first attempt creates the record, later ones find it. */
export const signingLedger: SigningLedger = {
  async begin(sha256, reference, at) {
    const record: SigningRecord = { sha256, reference, status: 'PENDING', startedAt: at };
    if (await putIfAbsent({ ...recordKey(sha256), type: 'SIGNATURE', record }))
      return { record, created: true };
    const existing = await this.get(sha256);
    if (!existing) throw new Error(`Signing record ${sha256} vanished`);
    return { record: existing, created: false };
  },

  async get(sha256) {
    const result = await documentClient.send(
      new GetCommand({ TableName: tableName, Key: recordKey(sha256), ConsistentRead: true }),
    );
    return result.Item?.record as SigningRecord | undefined;
  },

  async complete(record) {
    await documentClient.send(
      new PutCommand({
        TableName: tableName,
        Item: { ...recordKey(record.sha256), type: 'SIGNATURE', record },
      }),
    );
  },
};

const batchKey = (id: string) => ({ pk: `BATCH#${id}`, sk: 'BATCH' });

/** Bulk-signing manifests, one item each. */
export const signingBatches: SigningBatches = {
  async put(batch) {
    await documentClient.send(
      new PutCommand({ TableName: tableName, Item: { ...batchKey(batch.id), type: 'SIGNING_BATCH', batch } }),
    );
  },
  async get(id) {
    const result = await documentClient.send(new GetCommand({ TableName: tableName, Key: batchKey(id) }));
    return result.Item?.batch as SigningBatch | undefined;
  },
};
