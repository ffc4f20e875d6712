import { DeleteCommand, GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import type { Announcement } from '#information/domain/information';
import type { Announcements } from '#information/domain/ports';
import { documentClient, queryPage, tableName } from '#kernel/adapters/dynamodb';

const key = (id: string) => ({ pk: `ANNOUNCEMENT#${id}`, sk: 'ANNOUNCEMENT' });
/** Enough for every announcement an agency keeps; older ones are deleted by admins. */
const MOST = 500;

/** Announcements, one item each, all in one index partition by publication time (gsi4). */
export const announcementRecords: Announcements = {
  async put(announcement) {
    await documentClient.send(
      new PutCommand({
        TableName: tableName,
        Item: {
          ...key(announcement.id),
          type: 'ANNOUNCEMENT',
          gsi4pk: 'ANNOUNCEMENTS',
          gsi4sk: `${announcement.publishAt}#${announcement.id}`,
          announcement,
        },
      }),
    );
  },

  async get(id) {
    const result = await documentClient.send(new GetCommand({ TableName: tableName, Key: key(id) }));
    return result.Item?.announcement as Announcement | undefined;
  },

  async remove(id) {
    const result = await documentClient.send(
      new DeleteCommand({ TableName: tableName, Key: key(id), ReturnValues: 'ALL_OLD' }),
    );
    return result.Attributes !== undefined;
  },

  async list() {
    const page = await queryPage(
      'gsi4',
      { gsi4pk: 'ANNOUNCEMENTS' },
      { limit: MOST },
      (item) => item.announcement as Announcement,
      false,
    );
    return [...page.items];
  },
};
