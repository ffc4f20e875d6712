import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import type { ArchivedDocument } from '#domain/archive';
import type { EmployeeArchive } from '#domain/ports';
import { documentClient, queryPage, tableName } from './dynamodb';

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

  list(nip, query) {
    return queryPage(
      'gsi1',
      { gsi1pk: `ARCHIVE#${nip}` },
      query,
      (item) => item.document as ArchivedDocument,
      false,
    );
  },
};
