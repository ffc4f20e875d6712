import { GetCommand, PutCommand, QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { ArchivedDocument, IssuedDocument } from '#archive/domain/archive';
import type { EmployeeArchive } from '#archive/domain/ports';
import { documentClient, queryPage, tableName } from '#kernel/adapters/dynamodb';

const entryKey = (documentId: string) => ({ pk: `ARCHIVE#${documentId}`, sk: 'DOCUMENT' });

/**
 * Employees' archive entries: one item per document, listed per employee newest first (gsi1);
 * issued documents are also found by the SHA-256 of their file (gsi4), for verification.
 */
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
          ...(document.source === 'ISSUED' && {
            gsi4pk: `DIGEST#${document.sha256}`,
            gsi4sk: document.documentId,
          }),
          document,
        },
      }),
    );
  },

  async get(documentId) {
    const result = await documentClient.send(
      new GetCommand({ TableName: tableName, Key: entryKey(documentId), ConsistentRead: true }),
    );
    return result.Item?.document as ArchivedDocument | undefined;
  },

  async findIssued(sha256) {
    const result = await documentClient.send(
      new QueryCommand({
        TableName: tableName,
        IndexName: 'gsi4',
        KeyConditionExpression: 'gsi4pk = :pk',
        ExpressionAttributeValues: { ':pk': `DIGEST#${sha256}` },
        Limit: 1,
      }),
    );
    return result.Items?.[0]?.document as IssuedDocument | undefined;
  },

  async revoke(documentId, revocation) {
    try {
      await documentClient.send(
        new UpdateCommand({
          TableName: tableName,
          Key: entryKey(documentId),
          UpdateExpression: 'SET #document.#revocation = :revocation',
          ConditionExpression: 'attribute_exists(pk) AND attribute_not_exists(#document.#revocation)',
          ExpressionAttributeNames: { '#document': 'document', '#revocation': 'revocation' },
          ExpressionAttributeValues: { ':revocation': revocation },
        }),
      );
      return true;
    } catch (error) {
      if (error instanceof Error && error.name === 'ConditionalCheckFailedException') return false;
      throw error;
    }
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
