import { type DynamoDBDocumentClient, GetCommand, paginateQuery } from '@aws-sdk/lib-dynamodb';
import type { AuditLink } from '#requests/domain/audit-chain';
import type { RequestRecords } from '#requests/domain/ports';
import type { AuditEvent, ServiceRequest } from '#requests/domain/request';

/** The sort key of a request's own item in its partition. */
export const REQUEST_SORT_KEY = 'REQUEST';
export const requestKey = (id: string) => ({ pk: `REQ#${id}`, sk: REQUEST_SORT_KEY });

const AUDIT_PREFIX = 'AUDIT#';
export const auditSortKey = (version: number) => `${AUDIT_PREFIX}${String(version).padStart(8, '0')}`;

/**
 * The reads that check a request's audit chain: the request (which holds the head) and its
 * sealed audit items, on any client and table, so operator scripts read exactly as the
 * functions do.
 */
export function auditTrailReads(
  client: DynamoDBDocumentClient,
  table: string,
): Pick<RequestRecords, 'get' | 'listAuditChain'> {
  return {
    async get(id) {
      const result = await client.send(
        new GetCommand({ TableName: table, Key: requestKey(id), ConsistentRead: true }),
      );
      return result.Item?.request as ServiceRequest | undefined;
    },

    async listAuditChain(requestId) {
      const links: AuditLink[] = [];
      const pages = paginateQuery(
        { client },
        {
          TableName: table,
          KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
          ExpressionAttributeValues: { ':pk': requestKey(requestId).pk, ':prefix': AUDIT_PREFIX },
          ConsistentRead: true,
        },
      );
      for await (const page of pages) {
        for (const item of page.Items ?? []) {
          links.push({
            version: item.version as number,
            previous: item.previous as string | undefined,
            hash: item.hash as string | undefined,
            event: item.audit as AuditEvent,
          });
        }
      }
      return links;
    },
  };
}
