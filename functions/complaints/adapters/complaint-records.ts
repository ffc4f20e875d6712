import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { type Complaint, isOpen } from '#complaints/domain/complaints';
import type { ComplaintRecords } from '#complaints/domain/ports';
import { documentClient, putIfAbsent, queryDue, queryPage, tableName } from '#kernel/adapters/dynamodb';
import { ConflictError } from '#kernel/domain/errors';

const key = (id: string) => ({ pk: `COMPLAINT#${id}`, sk: 'COMPLAINT' });

/**
 * One item per complaint: listed per complainant (gsi1) and per status (gsi4); an open one not
 * yet overdue also sits in gsi3 by its deadline, where the escalation job finds it.
 */
function complaintItem(complaint: Complaint) {
  return {
    ...key(complaint.id),
    type: 'COMPLAINT',
    gsi1pk: `COMPLAINANT#${complaint.complainant.username}`,
    gsi1sk: `${complaint.createdAt}#${complaint.id}`,
    ...(isOpen(complaint) &&
      !complaint.overdue && { gsi3pk: 'COMPLAINTS#DUE', gsi3sk: `${complaint.dueAt}#${complaint.id}` }),
    gsi4pk: `COMPLAINTS#${complaint.status}`,
    gsi4sk: `${complaint.updatedAt}#${complaint.id}`,
    complaint,
  };
}

const pick = (item: Record<string, unknown>) => item.complaint as Complaint;

export const complaintRecords: ComplaintRecords = {
  async create(complaint) {
    return putIfAbsent(complaintItem(complaint));
  },

  async get(id) {
    const result = await documentClient.send(
      new GetCommand({ TableName: tableName, Key: key(id), ConsistentRead: true }),
    );
    return result.Item?.complaint as Complaint | undefined;
  },

  async update(complaint) {
    try {
      await documentClient.send(
        new PutCommand({
          TableName: tableName,
          Item: complaintItem(complaint),
          ConditionExpression: '#complaint.#version = :previous',
          ExpressionAttributeNames: { '#complaint': 'complaint', '#version': 'version' },
          ExpressionAttributeValues: { ':previous': complaint.version - 1 },
        }),
      );
    } catch (error) {
      if (error instanceof Error && error.name === 'ConditionalCheckFailedException') {
        throw new ConflictError(
          'CONCURRENT_UPDATE',
          'Pengaduan baru saja diubah oleh pengguna lain. Muat ulang lalu coba lagi.',
        );
      }
      throw error;
    }
  },

  listByComplainant(username, query) {
    return queryPage('gsi1', { gsi1pk: `COMPLAINANT#${username}` }, query, pick, false);
  },

  listByStatus(status, query) {
    return queryPage('gsi4', { gsi4pk: `COMPLAINTS#${status}` }, query, pick, false);
  },

  async listDue(before, limit) {
    return (await queryDue('COMPLAINTS#DUE', before, limit)).map(pick);
  },
};
