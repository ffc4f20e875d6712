import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import {
  DynamoDBDocumentClient,
  PutCommand,
  QueryCommand,
  type QueryCommandInput,
} from '@aws-sdk/lib-dynamodb';
import { ValidationError } from '#kernel/domain/errors';
import type { Page, PageQuery } from '#kernel/domain/ports';
import { RESOURCE_ENV } from '#kernel/resources';
import { requireEnv } from './env';
import { tracer } from './observability';
import type { IndexName } from './table-design';

export const tableName = requireEnv(RESOURCE_ENV.table);

export const documentClient = DynamoDBDocumentClient.from(tracer.captureAWSv3Client(new DynamoDBClient({})), {
  marshallOptions: { removeUndefinedValues: true, convertClassInstanceToMap: false },
});

type Key = Record<string, string>;

/**
 * The first `limit` items of a gsi3 partition whose sort key (a time, then an id) is before
 * `before`: the due entries of an outbox or a deadline list, longest due first.
 */
export async function queryDue(
  pk: string,
  before: string,
  limit: number,
): Promise<Record<string, unknown>[]> {
  const result = await documentClient.send(
    new QueryCommand({
      TableName: tableName,
      IndexName: 'gsi3',
      KeyConditionExpression: 'gsi3pk = :pk AND gsi3sk < :before',
      ExpressionAttributeValues: { ':pk': pk, ':before': before },
      Limit: limit,
    }),
  );
  return result.Items ?? [];
}

/** Whether a write was refused by its condition (the item was not as the write required). */
export function conditionFailed(error: unknown): boolean {
  return error instanceof Error && error.name === 'ConditionalCheckFailedException';
}

/** Writes an item unless one with its key exists; false when it did (a retried or concurrent create). */
export async function putIfAbsent(item: Record<string, unknown>): Promise<boolean> {
  try {
    await documentClient.send(
      new PutCommand({ TableName: tableName, Item: item, ConditionExpression: 'attribute_not_exists(pk)' }),
    );
    return true;
  } catch (error) {
    if (conditionFailed(error)) return false;
    throw error;
  }
}

/** Opaque page cursor: the last evaluated key, base64url-encoded. */
export function encodeCursor(key: Record<string, unknown> | undefined): string | undefined {
  return key && Buffer.from(JSON.stringify(key)).toString('base64url');
}

/**
 * Reads a cursor back, refusing one that is not ours or that points into another partition
 * (a forged cursor must not widen what a query reads).
 */
export function decodeCursor(cursor: string | undefined, partition: Key): Key | undefined {
  if (cursor === undefined) return undefined;
  const invalid = new ValidationError('INVALID_CURSOR', 'Penanda halaman (cursor) tidak valid.', 'cursor');
  let key: unknown;
  try {
    key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw invalid;
  }
  if (typeof key !== 'object' || key === null || Array.isArray(key)) throw invalid;
  const entries = Object.entries(key);
  if (entries.length > 4 || entries.some(([, value]) => typeof value !== 'string')) throw invalid;
  for (const [name, value] of Object.entries(partition)) {
    if ((key as Key)[name] !== value) throw invalid;
  }
  return key as Key;
}

/** Every item a query matches, page after page. */
async function queryEvery(input: QueryCommandInput): Promise<Record<string, unknown>[]> {
  const items: Record<string, unknown>[] = [];
  let start: Record<string, unknown> | undefined;
  do {
    const result = await documentClient.send(new QueryCommand({ ...input, ExclusiveStartKey: start }));
    items.push(...(result.Items ?? []));
    start = result.LastEvaluatedKey;
  } while (start);
  return items;
}

/** Every item of a partition, under a sort-key prefix when given (bounded sets: a request's documents, audit). */
export function queryAll(pk: string, prefix?: string): Promise<Record<string, unknown>[]> {
  return queryEvery({
    TableName: tableName,
    KeyConditionExpression: prefix ? 'pk = :pk AND begins_with(sk, :prefix)' : 'pk = :pk',
    ExpressionAttributeValues: { ':pk': pk, ...(prefix && { ':prefix': prefix }) },
    ConsistentRead: true,
  });
}

/** One page of an index partition (`{gsiNpk: value}`), each item read by `pick`, with the next cursor. */
export async function queryPage<T>(
  index: IndexName,
  partition: Key,
  query: PageQuery,
  pick: (item: Record<string, unknown>) => T,
  forward = true,
): Promise<Page<T>> {
  const [[keyName, keyValue]] = Object.entries(partition) as [[string, string]];
  const result = await documentClient.send(
    new QueryCommand({
      TableName: tableName,
      IndexName: index,
      KeyConditionExpression: `${keyName} = :pk`,
      ExpressionAttributeValues: { ':pk': keyValue },
      ScanIndexForward: forward,
      Limit: query.limit,
      ExclusiveStartKey: decodeCursor(query.cursor, partition),
    }),
  );
  const cursor = encodeCursor(result.LastEvaluatedKey);
  return { items: (result.Items ?? []).map(pick), ...(cursor && { cursor }) };
}

/** The calendar months (UTC, `yyyy-mm`) an instant range touches, first to last. */
export function monthsBetween(from: string, to: string): string[] {
  const months: string[] = [];
  const cursor = new Date(`${from.slice(0, 7)}-01T00:00:00Z`);
  const last = to.slice(0, 7);
  while (cursor.toISOString().slice(0, 7) <= last) {
    months.push(cursor.toISOString().slice(0, 7));
    cursor.setUTCMonth(cursor.getUTCMonth() + 1);
  }
  return months;
}

/** Every item of one gsi5 period partition whose instant lies in [from, to). */
export async function queryPeriod(
  partition: string,
  from: string,
  to: string,
): Promise<Record<string, unknown>[]> {
  const items = await queryEvery({
    TableName: tableName,
    IndexName: 'gsi5',
    KeyConditionExpression: 'gsi5pk = :pk AND gsi5sk BETWEEN :from AND :to',
    ExpressionAttributeValues: { ':pk': partition, ':from': from, ':to': to },
  });
  return items.filter((item) => String(item.gsi5sk) < to);
}
