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
import { clock } from '#kernel/adapters/clock';
import {
  decodeCursor,
  documentClient,
  encodeCursor,
  monthsBetween,
  queryAll,
  queryDue,
  queryPeriod,
  tableName,
} from '#kernel/adapters/dynamodb';
import { ConflictError, ValidationError } from '#kernel/domain/errors';
import { requireSameInput } from '#kernel/domain/idempotency';
import type { Clock, Page, PageQuery } from '#kernel/domain/ports';
import { sealEvent } from '#requests/domain/audit-chain';
import type { RequestFilter, RequestRecords } from '#requests/domain/ports';
import {
  type AuditEvent,
  applyChange,
  OpenRequestExistsError,
  REQUEST_STATUSES,
  type RequestDocument,
  type RequestStatus,
  type ServiceRequest,
  TERMINAL_STATUSES,
} from '#requests/domain/request';
import { auditSortKey, auditTrailReads, requestKey } from './audit-trail';

type TransactItem = NonNullable<TransactWriteCommandInput['TransactItems']>[number];
type Key = Record<string, string>;
type Item = Record<string, unknown>;

const IDEMPOTENCY_TTL_SECONDS = 24 * 3600;
/** Documents numbered in the same instant take turns; each turn one of them gets the next number. */
const NUMBERING_ATTEMPTS = 40;

/** gsi3 holds what someone must act on: the workflow call owed, else the open task's queue. */
function actionKeys(request: ServiceRequest) {
  if (request.outbox) return { gsi3pk: 'OUTBOX', gsi3sk: `${request.outbox.since}#${request.id}` };
  if (request.task)
    return {
      gsi3pk: `QUEUE#${request.status}`,
      gsi3sk: `${request.task.dueAt ?? request.task.openedAt}#${request.id}`,
    };
  return {};
}

function requestItem(request: ServiceRequest) {
  return {
    ...requestKey(request.id),
    type: 'REQUEST',
    gsi1pk: `APPLICANT#${request.applicant.nip}`,
    gsi1sk: `${request.createdAt}#${request.id}`,
    gsi2pk: `UNIT#${request.applicant.unit}`,
    gsi2sk: `${request.createdAt}#${request.id}`,
    ...actionKeys(request),
    gsi4pk: `STATUS#${request.status}`,
    gsi4sk: `${request.updatedAt}#${request.id}`,
    ...(request.submittedAt && {
      gsi5pk: `SUBMITTED#${request.submittedAt.slice(0, 7)}`,
      gsi5sk: `${request.submittedAt}#${request.id}`,
    }),
    request,
  };
}

/** The item of `audit` at `version`, sealed onto the chain whose head is `head`; and the new head. */
function sealedAuditPut(audit: AuditEvent, version: number, head: string | undefined) {
  const seal = sealEvent(audit, version, head);
  const put: TransactItem = {
    Put: {
      TableName: tableName,
      Item: {
        pk: requestKey(audit.requestId).pk,
        sk: auditSortKey(version),
        type: 'AUDIT',
        version,
        audit,
        ...seal,
      },
      ConditionExpression: 'attribute_not_exists(pk)',
    },
  };
  return { put, head: seal.hash };
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

const pickRequest = (item: Item) => item.request as ServiceRequest;

/** The item that holds an open-request slot (one open request per employee and one-at-a-time service). */
const slotKey = (slot: string) => ({ pk: `OPEN#${slot}`, sk: 'OPEN' });

/** The request holding `slot`, read after a create found it taken. */
async function slotHolder(slot: string): Promise<string> {
  const held = await documentClient.send(
    new GetCommand({ TableName: tableName, Key: slotKey(slot), ConsistentRead: true }),
  );
  return String(held.Item?.requestId ?? '');
}

/** Gives the slot back in the same write that ends the request (completed or rejected). */
function releasedSlot(request: ServiceRequest, next: ServiceRequest): TransactItem | undefined {
  if (!next.openSlot || TERMINAL_STATUSES.has(request.status) || !TERMINAL_STATUSES.has(next.status)) {
    return undefined;
  }
  return { Delete: { TableName: tableName, Key: slotKey(next.openSlot) } };
}

/** Filters on the request's own fields, for the indexes whose key does not already fix them. */
function filterOf(filter: RequestFilter) {
  const clauses: string[] = [];
  const values: Record<string, string> = {};
  if (filter.status) {
    clauses.push('#request.#status = :status');
    values[':status'] = filter.status;
  }
  if (filter.serviceType) {
    clauses.push('#request.#serviceType = :serviceType');
    values[':serviceType'] = filter.serviceType;
  }
  if (clauses.length === 0) return {};
  return {
    FilterExpression: clauses.join(' AND '),
    ExpressionAttributeNames: { '#request': 'request', '#status': 'status', '#serviceType': 'serviceType' },
    values,
  };
}

async function queryIndex(
  index: string,
  partition: Key,
  query: PageQuery & RequestFilter,
  forward: boolean,
  start?: Key,
): Promise<{ items: Item[]; last?: Key }> {
  const [[keyName, keyValue]] = Object.entries(partition) as [[string, string]];
  const { values, ...filter } = filterOf(query);
  const input: QueryCommandInput = {
    TableName: tableName,
    IndexName: index,
    KeyConditionExpression: `${keyName} = :pk`,
    ExpressionAttributeValues: { ':pk': keyValue, ...values },
    ...filter,
    ScanIndexForward: forward,
    Limit: query.limit,
    ExclusiveStartKey: start ?? decodeCursor(query.cursor, partition),
  };
  const result = await documentClient.send(new QueryCommand(input));
  return {
    items: result.Items ?? [],
    ...(result.LastEvaluatedKey && { last: result.LastEvaluatedKey as Key }),
  };
}

async function page(
  index: string,
  partition: Key,
  query: PageQuery & RequestFilter,
  forward: boolean,
): Promise<Page<ServiceRequest>> {
  const { items, last } = await queryIndex(index, partition, query, forward);
  const cursor = encodeCursor(last);
  return { items: items.map(pickRequest), ...(cursor && { cursor }) };
}

/** Merged cursor of the all-statuses listing: per status, where to go on (or DONE). */
type MergedCursor = Partial<Record<RequestStatus, Key | 'DONE'>>;

function decodeMerged(cursor: string | undefined): MergedCursor {
  if (!cursor) return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    parsed = undefined;
  }
  if (typeof parsed !== 'object' || parsed === null) {
    throw new ValidationError('INVALID_CURSOR', 'Penanda halaman (cursor) tidak valid.', 'cursor');
  }
  const merged: MergedCursor = {};
  for (const [status, position] of Object.entries(parsed)) {
    if (!(REQUEST_STATUSES as readonly string[]).includes(status)) {
      throw new ValidationError('INVALID_CURSOR', 'Penanda halaman (cursor) tidak valid.', 'cursor');
    }
    merged[status as RequestStatus] =
      position === 'DONE'
        ? 'DONE'
        : decodeCursor(encodeCursor(position as Key), { gsi4pk: `STATUS#${status}` });
  }
  return merged;
}

/**
 * Every request, latest change first, across all statuses: each status's partition is read
 * from where the last page stopped, the results merged, and each partition's new position
 * taken from the last item of it the page used, so no request is skipped or repeated.
 */
async function listAcrossStatuses(query: PageQuery & RequestFilter): Promise<Page<ServiceRequest>> {
  const positions = decodeMerged(query.cursor);
  const reads = await Promise.all(
    REQUEST_STATUSES.filter((status) => positions[status] !== 'DONE').map(async (status) => {
      const position = positions[status];
      const result = await queryIndex(
        'gsi4',
        { gsi4pk: `STATUS#${status}` },
        { ...query, cursor: undefined },
        false,
        position === 'DONE' ? undefined : position,
      );
      return { status, ...result };
    }),
  );
  const merged = reads
    .flatMap((read) => read.items.map((item) => ({ status: read.status, item })))
    .sort((a, b) => String(b.item.gsi4sk).localeCompare(String(a.item.gsi4sk)))
    .slice(0, query.limit);
  const next: MergedCursor = { ...positions };
  for (const read of reads) {
    const taken = merged.filter((entry) => entry.status === read.status);
    const last = taken.at(-1)?.item;
    if (last && taken.length === read.items.length && !read.last) next[read.status] = 'DONE';
    else if (last)
      next[read.status] = {
        pk: String(last.pk),
        sk: String(last.sk),
        gsi4pk: String(last.gsi4pk),
        gsi4sk: String(last.gsi4sk),
      };
    else if (read.items.length === 0 && !read.last) next[read.status] = 'DONE';
  }
  const done = REQUEST_STATUSES.every((status) => next[status] === 'DONE');
  return {
    items: merged.map((entry) => pickRequest(entry.item)),
    ...(!done && { cursor: Buffer.from(JSON.stringify(next)).toString('base64url') }),
  };
}

/**
 * Requests live as one item each (the domain object under `request`, keys beside it), with
 * their documents and audit trail in the same partition. Every change is conditional on the
 * version it read, and goes with its audit line in one transaction; the audit line is sealed
 * onto the request's chain and the request keeps the new head, so the version check also keeps
 * the chain a single line.
 */
export function requestRecords(clock: Clock): RequestRecords {
  const trail = auditTrailReads(documentClient, tableName);
  return {
    async create(request, audit, idempotency) {
      const audited = sealedAuditPut(audit, request.version, undefined);
      const stored: ServiceRequest = { ...request, auditHead: audited.head };
      const items: TransactItem[] = [
        {
          Put: {
            TableName: tableName,
            Item: requestItem(stored),
            ConditionExpression: 'attribute_not_exists(pk)',
          },
        },
        audited.put,
      ];
      const slotIndex = request.openSlot ? items.length : -1;
      if (request.openSlot) {
        items.push({
          Put: {
            TableName: tableName,
            Item: { ...slotKey(request.openSlot), type: 'OPEN_SLOT', requestId: request.id },
            ConditionExpression: 'attribute_not_exists(pk)',
          },
        });
      }
      const idempotencyIndex = idempotency ? items.length : -1;
      if (idempotency) {
        items.push({
          Put: {
            TableName: tableName,
            Item: {
              pk: `IDEMPOTENCY#${idempotency.key}`,
              sk: 'IDEMPOTENCY',
              requestId: request.id,
              fingerprint: idempotency.fingerprint,
              expiresAt: Math.floor(clock.now().getTime() / 1000) + IDEMPOTENCY_TTL_SECONDS,
            },
            ConditionExpression: 'attribute_not_exists(pk)',
          },
        });
      }
      try {
        await documentClient.send(new TransactWriteCommand({ TransactItems: items }));
        return stored;
      } catch (error) {
        if (request.openSlot && cancelledBy(error, slotIndex) && !cancelledBy(error, idempotencyIndex)) {
          throw new OpenRequestExistsError(await slotHolder(request.openSlot));
        }
        if (!idempotency || !cancelledBy(error, idempotencyIndex)) throw error;
        const previous = await documentClient.send(
          new GetCommand({
            TableName: tableName,
            Key: { pk: `IDEMPOTENCY#${idempotency.key}`, sk: 'IDEMPOTENCY' },
          }),
        );
        if (previous.Item)
          requireSameInput(previous.Item.fingerprint as string | undefined, idempotency.fingerprint);
        const existing = previous.Item && (await this.get(String(previous.Item.requestId)));
        if (!existing) throw error;
        return existing;
      }
    },

    get: trail.get,

    async transition(request, change, audit) {
      const changed = applyChange(request, change, clock.now());
      const audited = audit && sealedAuditPut(audit, changed.version, request.auditHead);
      const next = audited ? { ...changed, auditHead: audited.head } : changed;
      const put: PutCommandInput = {
        TableName: tableName,
        Item: requestItem(next),
        ConditionExpression: '#request.#version = :version',
        ExpressionAttributeNames: { '#request': 'request', '#version': 'version' },
        ExpressionAttributeValues: { ':version': request.version },
      };
      const others = [audited?.put, releasedSlot(request, next)].filter(
        (item): item is TransactItem => item !== undefined,
      );
      try {
        if (others.length > 0) {
          await documentClient.send(new TransactWriteCommand({ TransactItems: [{ Put: put }, ...others] }));
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

    async numberDocument(request, series, year, change) {
      const counterKey = { pk: `COUNTER#${series}#${year}`, sk: 'COUNTER' };
      for (let attempt = 1; ; attempt += 1) {
        const counter = await documentClient.send(
          new GetCommand({ TableName: tableName, Key: counterKey, ConsistentRead: true }),
        );
        const last = Number(counter.Item?.sequence ?? 0);
        const next = applyChange(request, change(last + 1), clock.now());
        try {
          await documentClient.send(
            new TransactWriteCommand({
              TransactItems: [
                {
                  Put: {
                    TableName: tableName,
                    Item: requestItem(next),
                    ConditionExpression: '#request.#version = :version',
                    ExpressionAttributeNames: { '#request': 'request', '#version': 'version' },
                    ExpressionAttributeValues: { ':version': request.version },
                  },
                },
                {
                  Put: {
                    TableName: tableName,
                    Item: { ...counterKey, type: 'COUNTER', series, year, sequence: last + 1 },
                    ...(counter.Item
                      ? {
                          ConditionExpression: '#sequence = :last',
                          ExpressionAttributeNames: { '#sequence': 'sequence' },
                          ExpressionAttributeValues: { ':last': last },
                        }
                      : { ConditionExpression: 'attribute_not_exists(pk)' }),
                  },
                },
              ],
            }),
          );
          return next;
        } catch (error) {
          if (cancelledBy(error, 0)) throw staleWrite();
          // Another document took this number first: read the counter again, after a moment.
          const taken =
            error instanceof TransactionCanceledException &&
            ['ConditionalCheckFailed', 'TransactionConflict'].includes(
              error.CancellationReasons?.[1]?.Code ?? '',
            );
          if (!taken || attempt >= NUMBERING_ATTEMPTS) throw error;
          await new Promise((resolve) => setTimeout(resolve, Math.random() * 20 * attempt));
        }
      }
    },

    async listSubmittedBetween(from, to) {
      const found: ServiceRequest[] = [];
      for (const month of monthsBetween(from, to)) {
        found.push(...(await queryPeriod(`SUBMITTED#${month}`, from, to)).map(pickRequest));
      }
      return found;
    },

    listByApplicant(nip, query) {
      return page('gsi1', { gsi1pk: `APPLICANT#${nip}` }, query, false);
    },

    listByUnit(unit, query) {
      return page('gsi2', { gsi2pk: `UNIT#${unit}` }, query, false);
    },

    listAll(query) {
      if (query.status)
        return page('gsi4', { gsi4pk: `STATUS#${query.status}` }, { ...query, status: undefined }, false);
      return listAcrossStatuses(query);
    },

    listQueue(status: RequestStatus, query: PageQuery) {
      return page('gsi3', { gsi3pk: `QUEUE#${status}` }, query, true);
    },

    async listOutbox(before, limit) {
      return (await queryDue('OUTBOX', before, limit)).map(pickRequest);
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
      return (await queryAll(`REQ#${requestId}`, 'DOC#')).map((item) => item.document as RequestDocument);
    },

    async listAudit(requestId) {
      return (await trail.listAuditChain(requestId)).map((link) => link.event);
    },

    listAuditChain: trail.listAuditChain,
  };
}

/** The request records every function uses, on the shared clock. */
export const requests = requestRecords(clock);
