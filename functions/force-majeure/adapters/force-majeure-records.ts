import { DeleteCommand, GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import type { ForceMajeure } from '#force-majeure/domain/force-majeure';
import type { ForceMajeurePeriods } from '#force-majeure/domain/ports';
import { documentClient, queryPage, tableName } from '#kernel/adapters/dynamodb';

const key = (id: string) => ({ pk: `FORCE_MAJEURE#${id}`, sk: 'PERIOD' });

/** Force-majeure periods, one item each, listed newest first (gsi4). */
export const forceMajeurePeriods: ForceMajeurePeriods = {
  async put(period) {
    await documentClient.send(
      new PutCommand({
        TableName: tableName,
        Item: {
          ...key(period.id),
          type: 'FORCE_MAJEURE',
          gsi4pk: 'FORCE_MAJEURE',
          gsi4sk: `${period.from}#${period.id}`,
          period,
        },
      }),
    );
  },

  async get(id) {
    const result = await documentClient.send(
      new GetCommand({ TableName: tableName, Key: key(id), ConsistentRead: true }),
    );
    return result.Item?.period as ForceMajeure | undefined;
  },

  async remove(id) {
    await documentClient.send(new DeleteCommand({ TableName: tableName, Key: key(id) }));
  },

  async list() {
    const page = await queryPage(
      'gsi4',
      { gsi4pk: 'FORCE_MAJEURE' },
      { limit: 100 },
      (item) => item.period as ForceMajeure,
      false,
    );
    return [...page.items];
  },
};
