import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { conditionFailed, documentClient, putIfAbsent, queryDue, tableName } from '#kernel/adapters/dynamodb';
import type { MailMessage, MailOutbox, PendingMail } from '#mail/domain/ports';

const key = (id: string) => ({ pk: `MAIL#${id}`, sk: 'MAIL' });
/** The gsi3 partition of pending mail, by when each is next due. */
const PENDING = 'MAIL#PENDING';
/** How long a settled mail's id stays known, so handing it over again still changes nothing. */
const SETTLED_KEPT_SECONDS = 30 * 86_400;

const dueKey = (mail: Pick<PendingMail, 'id' | 'nextAttemptAt'>) => `${mail.nextAttemptAt}#${mail.id}`;

const pick = (item: Record<string, unknown>): PendingMail => ({
  id: String(item.id),
  message: item.message as MailMessage,
  postedAt: String(item.postedAt),
  attempts: Number(item.attempts),
  nextAttemptAt: String(item.nextAttemptAt),
});

/**
 * One item per mail: pending ones sit in gsi3 by when they are next due, where the outbox job
 * finds them; a settled one leaves the index and keeps its id for a while (TTL). A sent mail's
 * content is removed at once: the outbox keeps no copy of what was delivered.
 */
export const mailOutbox: MailOutbox = {
  async keep(mail) {
    return putIfAbsent({
      ...key(mail.id),
      type: 'MAIL',
      status: 'PENDING',
      gsi3pk: PENDING,
      gsi3sk: dueKey(mail),
      ...mail,
    });
  },

  async listDue(before, limit) {
    return (await queryDue(PENDING, before, limit)).map(pick);
  },

  async claim(mail, nextAttemptAt) {
    try {
      await documentClient.send(
        new UpdateCommand({
          TableName: tableName,
          Key: key(mail.id),
          UpdateExpression: 'SET attempts = :next, nextAttemptAt = :at, gsi3sk = :due',
          ConditionExpression: '#status = :pending AND attempts = :seen',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: {
            ':next': mail.attempts + 1,
            ':at': nextAttemptAt,
            ':due': dueKey({ id: mail.id, nextAttemptAt }),
            ':pending': 'PENDING',
            ':seen': mail.attempts,
          },
        }),
      );
      return true;
    } catch (error) {
      if (conditionFailed(error)) return false;
      throw error;
    }
  },

  async settle(id, outcome, at) {
    const removed = outcome === 'SENT' ? 'gsi3pk, gsi3sk, #message' : 'gsi3pk, gsi3sk';
    await documentClient.send(
      new UpdateCommand({
        TableName: tableName,
        Key: key(id),
        UpdateExpression: `SET #status = :outcome, settledAt = :at, expiresAt = :expires REMOVE ${removed}`,
        ExpressionAttributeNames: {
          '#status': 'status',
          ...(outcome === 'SENT' && { '#message': 'message' }),
        },
        ExpressionAttributeValues: {
          ':outcome': outcome,
          ':at': at,
          ':expires': Math.floor(Date.parse(at) / 1000) + SETTLED_KEPT_SECONDS,
        },
      }),
    );
  },
};
