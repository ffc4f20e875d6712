import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import {
  GetCommand,
  PutCommand,
  type PutCommandInput,
  QueryCommand,
  type QueryCommandInput,
  TransactWriteCommand,
  type TransactWriteCommandInput,
} from '@aws-sdk/lib-dynamodb';
import { ConflictError } from '#domain/errors';
import type { Clock, Page, PageQuery, RequestRecords } from '#domain/ports';
import {
  type AuditEvent,
  applyChange,
  type RequestDocument,
  type RequestStatus,
  type ServiceRequest,
} from '#domain/request';
import { decodeCursor, documentClient, encodeCursor, tableName } from './dynamodb';

type TransactItem = NonNullable<TransactWriteCommandInput['TransactItems']>[number];

const IDEMPOTENCY_TTL_SECONDS = 24 * 3600;

const requestKey = (id: string) => ({ pk: `REQ#${id}`, sk: 'REQUEST' });
const auditSortKey = (version: number) => `AUDIT#${String(version).padStart(8, '0')}`;

function queueKeys(request: ServiceRequest) {
  return request.task
    ? { gsi3pk: `QUEUE#${request.status}`, gsi3sk: `${request.task.dueAt}#${request.id}` }
    : {};
}

function requestItem(request: ServiceRequest) {
  return {
    ...requestKey(request.id),
    type: 'REQUEST',
    gsi1pk: `APPLICANT#${request.applicant.nip}`,
    gsi1sk: `${request.createdAt}#${request.id}`,
    gsi2pk: `UNIT#${request.applicant.unit}`,
    gsi2sk: `${request.createdAt}#${request.id}`,
    ...queueKeys(request),
    request,
  };
}

function auditPut(audit: AuditEvent, version: number): TransactItem {
  return {
    Put: {
      TableName: tableName,
      Item: { pk: `REQ#${audit.requestId}`, sk: auditSortKey(version), type: 'AUDIT', version, audit },
      ConditionExpression: 'attribute_not_exists(pk)',
    },
  };
}

function cancelledBy(error: unknown, index: number): boolean {
  return (
    error instanceof TransactionCanceledException &&
    error.CancellationReasons?.[index]?.Code === 'ConditionalCheckFailed'
  );
}

const staleWrite = () =>
  new ConflictError(
    'CONCURRENT_UPDATE',
    'Permohonan baru saja diubah oleh proses lain. Muat ulang lalu coba lagi.',
  );

async function queryPage<T>(
  input: QueryCommandInput,
  pick: (item: Record<string, unknown>) => T,
): Promise<Page<T>> {
  const result = await documentClient.send(new QueryCommand(input));
  const cursor = encodeCursor(result.LastEvaluatedKey);
  return { items: (result.Items ?? []).map(pick), ...(cursor && { cursor }) };
}

const pickRequest = (item: Record<string, unknown>) => item.request as ServiceRequest;

/**
 * Requests live as one item each (the domain object under `request`, keys beside it), with
 * their documents and audit events in the same partition. Every change is conditional on the
 * version it read, and goes with its audit event in one transaction.
 */
export function requestRecords(clock: Clock): RequestRecords {
  return {
    async create(request, audit, idempotencyKey) {
      const items: TransactItem[] = [
        {
          Put: {
            TableName: tableName,
            Item: requestItem(request),
            ConditionExpression: 'attribute_not_exists(pk)',
          },
        },
        auditPut(audit, request.version),
      ];
      if (idempotencyKey) {
        items.push({
          Put: {
            TableName: tableName,
            Item: {
              pk: `IDEMPOTENCY#${idempotencyKey}`,
              sk: 'IDEMPOTENCY',
              requestId: request.id,
              expiresAt: Math.floor(clock.now().getTime() / 1000) + IDEMPOTENCY_TTL_SECONDS,
            },
            ConditionExpression: 'attribute_not_exists(pk)',
          },
        });
      }
      try {
        await documentClient.send(new TransactWriteCommand({ TransactItems: items }));
        return request;
      } catch (error) {
        if (!idempotencyKey || !cancelledBy(error, 2)) throw error;
        const previous = await documentClient.send(
          new GetCommand({
            TableName: tableName,
            Key: { pk: `IDEMPOTENCY#${idempotencyKey}`, sk: 'IDEMPOTENCY' },
          }),
        );
        const existing = previous.Item && (await this.get(String(previous.Item.requestId)));
        if (!existing) throw error;
        return existing;
      }
    },

    async get(id) {
      const result = await documentClient.send(new GetCommand({ TableName: tableName, Key: requestKey(id) }));
      return result.Item?.request as ServiceRequest | undefined;
    },

    async transition(request, change, audit, expectedToken) {
      const next = applyChange(request, change, clock.now());
      const tokenCheck = expectedToken !== undefined;
      const put: PutCommandInput = {
        TableName: tableName,
        Item: requestItem(next),
        ConditionExpression: tokenCheck
          ? '#request.#version = :version AND #request.#task.#token = :token'
          : '#request.#version = :version',
        ExpressionAttributeNames: {
          '#request': 'request',
          '#version': 'version',
          ...(tokenCheck && { '#task': 'task', '#token': 'token' }),
        },
        ExpressionAttributeValues: {
          ':version': request.version,
          ...(tokenCheck && { ':token': expectedToken }),
        },
      };
      try {
        if (audit) {
          await documentClient.send(
            new TransactWriteCommand({ TransactItems: [{ Put: put }, auditPut(audit, next.version)] }),
          );
        } else {
          await documentClient.send(new PutCommand(put));
        }
      } catch (error) {
        if (
          cancelledBy(error, 0) ||
          (error instanceof Error && error.name === 'ConditionalCheckFailedException')
        ) {
          throw staleWrite();
        }
        throw error;
      }
      return next;
    },

    listByApplicant(nip, query) {
      const partition = { gsi1pk: `APPLICANT#${nip}` };
      return queryPage(
        {
          TableName: tableName,
          IndexName: 'gsi1',
          KeyConditionExpression: 'gsi1pk = :pk',
          ExpressionAttributeValues: {
            ':pk': partition.gsi1pk,
            ...(query.status && { ':status': query.status }),
          },
          ...(query.status && {
            FilterExpression: '#request.#status = :status',
            ExpressionAttributeNames: { '#request': 'request', '#status': 'status' },
          }),
          ScanIndexForward: false,
          Limit: query.limit,
          ExclusiveStartKey: decodeCursor(query.cursor, partition),
        },
        pickRequest,
      );
    },

    listQueue(status: RequestStatus, query: PageQuery) {
      const partition = { gsi3pk: `QUEUE#${status}` };
      return queryPage(
        {
          TableName: tableName,
          IndexName: 'gsi3',
          KeyConditionExpression: 'gsi3pk = :pk',
          ExpressionAttributeValues: { ':pk': partition.gsi3pk },
          ScanIndexForward: true,
          Limit: query.limit,
          ExclusiveStartKey: decodeCursor(query.cursor, partition),
        },
        pickRequest,
      );
    },

    async putDocument(document: RequestDocument) {
      await documentClient.send(
        new PutCommand({
          TableName: tableName,
          Item: { pk: `REQ#${document.requestId}`, sk: `DOC#${document.id}`, type: 'DOCUMENT', document },
        }),
      );
    },

    async listDocuments(requestId) {
      const page = await queryAll(`REQ#${requestId}`, 'DOC#');
      return page.map((item) => item.document as RequestDocument);
    },

    async listAudit(requestId) {
      const page = await queryAll(`REQ#${requestId}`, 'AUDIT#');
      return page.map((item) => item.audit as AuditEvent);
    },
  };
}

/** Every item of a partition under a sort-key prefix (a request's documents or audit: bounded). */
async function queryAll(pk: string, prefix: string): Promise<Record<string, unknown>[]> {
  const items: Record<string, unknown>[] = [];
  let start: Record<string, unknown> | undefined;
  do {
    const result = await documentClient.send(
      new QueryCommand({
        TableName: tableName,
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
        ExpressionAttributeValues: { ':pk': pk, ':prefix': prefix },
        ExclusiveStartKey: start,
      }),
    );
    items.push(...(result.Items ?? []));
    start = result.LastEvaluatedKey;
  } while (start);
  return items;
}
