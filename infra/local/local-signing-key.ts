import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { documentClient, putIfAbsent, tableName } from '#kernel/adapters/dynamodb';
import type { LocalKey, LocalKeyStore } from './local-signer';

const KEY = { pk: 'LOCAL#SIGNING_KEY', sk: 'KEY' } as const;

/**
 * The local stack's signing key, kept in its records table: `npm run backup` carries it with the
 * documents it signed and `npm run restore` brings it back, so restored documents verify. Local
 * only: in AWS the key is in KMS and never leaves it.
 */
export const tableKeyStore: LocalKeyStore = {
  async get() {
    const result = await documentClient.send(
      new GetCommand({ TableName: tableName, Key: KEY, ConsistentRead: true }),
    );
    return result.Item?.key as LocalKey | undefined;
  },
  create(key) {
    return putIfAbsent({ ...KEY, type: 'LOCAL_SIGNING_KEY', key });
  },
};
