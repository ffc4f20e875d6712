import { GetCommand, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { ArchivedDocument } from '#domain/archive';
import type { EmployeeArchive } from '#domain/ports';
import { decodeCursor, documentClient, encodeCursor, tableName } from './dynamodb';

const entryKey = (documentId: string) => ({ pk: `ARCHIVE#${documentId}`, sk: 'DOCUMENT' });

/** Employees' archive entries: one item per document, listed per employee newest first (gsi1). */
export const employeeArchive: EmployeeArchive = {
  async put(document) {
    await documentClient.send(
      new PutCommand({
        TableName: tableName,
        Item: {
          ...entryKey(document.documentId),
          type: 'ARCHIVED_DOCUMENT',
          gsi1pk: `ARCHIVE#${document.nip}`,
          gsi1sk: `${document.archivedAt}#${document.documentId}`,
          document,
        },
      }),
    );
  },

  async get(documentId) {
    const result = await documentClient.send(
      new GetCommand({ TableName: tableName, Key: entryKey(documentId) }),
    );
    return result.Item?.document as ArchivedDocument | undefined;
  },

  async list(nip, query) {
    const partition = { gsi1pk: `ARCHIVE#${nip}` };
    const result = await documentClient.send(
      new QueryCommand({
        TableName: tableName,
        IndexName: 'gsi1',
        KeyConditionExpression: 'gsi1pk = :pk',
        ExpressionAttributeValues: { ':pk': partition.gsi1pk },
        ScanIndexForward: false,
        Limit: query.limit,
        ExclusiveStartKey: decodeCursor(query.cursor, partition),
      }),
    );
    const cursor = encodeCursor(result.LastEvaluatedKey);
    return {
      items: (result.Items ?? []).map((item) => item.document as ArchivedDocument),
      ...(cursor && { cursor }),
    };
  },
};
