import { randomUUID } from 'node:crypto';
import { BatchWriteCommand, DeleteCommand, GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import type {
  Account,
  AccountDirectory,
  AccountEvent,
  AccountHistory,
  AccountsByEmail,
} from '#accounts/domain/ports';
import type { SigningAuthorities, SigningAuthority } from '#documents';
import {
  documentClient,
  monthsBetween,
  putIfAbsent,
  queryAll,
  queryPeriod,
  tableName,
} from '#kernel/adapters/dynamodb';
import type { SurveyAnswer, SurveyRecords } from '#requests';

/**
 * The account directory: one profile item per account, and one membership item per role
 * (pk ROLE#<role>), so the holders of a role are one query away.
 */
export const accountDirectory: AccountDirectory = {
  async get(username) {
    const result = await documentClient.send(
      new GetCommand({ TableName: tableName, Key: { pk: `ACCOUNT#${username}`, sk: 'PROFILE' } }),
    );
    return result.Item?.account as Account | undefined;
  },

  async listByRole(role) {
    return (await queryAll(`ROLE#${role}`)).map((item) => item.account as Account);
  },

  async put(account) {
    const previous = await this.get(account.username);
    const removed = (previous?.roles ?? []).filter((role) => !account.roles.includes(role));
    const email = account.email && emailKey(account.email);
    const previousEmail = previous?.email && emailKey(previous.email);
    const writes = [
      {
        PutRequest: { Item: { pk: `ACCOUNT#${account.username}`, sk: 'PROFILE', type: 'ACCOUNT', account } },
      },
      ...account.roles.map((role) => ({
        PutRequest: { Item: { pk: `ROLE#${role}`, sk: account.username, type: 'ROLE_MEMBER', account } },
      })),
      ...removed.map((role) => ({ DeleteRequest: { Key: { pk: `ROLE#${role}`, sk: account.username } } })),
      ...(email
        ? [{ PutRequest: { Item: { pk: email, sk: account.username, type: 'ACCOUNT_EMAIL' } } }]
        : []),
      ...(previousEmail && previousEmail !== email
        ? [{ DeleteRequest: { Key: { pk: previousEmail, sk: account.username } } }]
        : []),
    ];
    for (let start = 0; start < writes.length; start += 25) {
      await documentClient.send(
        new BatchWriteCommand({ RequestItems: { [tableName]: writes.slice(start, start + 25) } }),
      );
    }
  },
};

/** Addresses compare as mail servers compare them in practice: without case. */
const emailKey = (email: string) => `EMAIL#${email.toLowerCase()}`;

/** The accounts behind an address (pk EMAIL#<address>, one item per account), written with each account. */
export const accountsByEmail: AccountsByEmail = {
  async usernamesFor(email) {
    return (await queryAll(emailKey(email))).map((item) => String(item.sk));
  },
};

/** Who may sign each service's documents (pk AUTHORITY#<service>, one item per holder). */
export const signingAuthorities: SigningAuthorities = {
  async forService(serviceType) {
    return (await queryAll(`AUTHORITY#${serviceType}`)).map((item) => item.authority as SigningAuthority);
  },

  async put(authority) {
    await documentClient.send(
      new PutCommand({
        TableName: tableName,
        Item: {
          pk: `AUTHORITY#${authority.serviceType}`,
          sk: authority.username,
          type: 'SIGNING_AUTHORITY',
          authority,
        },
      }),
    );
  },

  async remove(serviceType, username) {
    const result = await documentClient.send(
      new DeleteCommand({
        TableName: tableName,
        Key: { pk: `AUTHORITY#${serviceType}`, sk: username },
        ReturnValues: 'ALL_OLD',
      }),
    );
    return result.Attributes !== undefined;
  },
};

/** Survey answers, one per request, written once. */
export const surveyRecords: SurveyRecords = {
  async save(answer) {
    return putIfAbsent({
      pk: `REQ#${answer.requestId}`,
      sk: 'SURVEY',
      type: 'SURVEY',
      gsi5pk: `SURVEYED#${answer.answeredAt.slice(0, 7)}`,
      gsi5sk: `${answer.answeredAt}#${answer.requestId}`,
      answer,
    });
  },

  async listAnsweredBetween(from, to) {
    const found: SurveyAnswer[] = [];
    for (const month of monthsBetween(from, to)) {
      found.push(
        ...(await queryPeriod(`SURVEYED#${month}`, from, to)).map((item) => item.answer as SurveyAnswer),
      );
    }
    return found;
  },

  async get(requestId) {
    const result = await documentClient.send(
      new GetCommand({ TableName: tableName, Key: { pk: `REQ#${requestId}`, sk: 'SURVEY' } }),
    );
    return result.Item?.answer as SurveyAnswer | undefined;
  },
};

/** Each act of account administration, under the account's partition (sk EVENT#<at>#<n>). */
export const accountHistory: AccountHistory = {
  async record(event) {
    await documentClient.send(
      new PutCommand({
        TableName: tableName,
        Item: {
          pk: `ACCOUNT#${event.username}`,
          sk: `EVENT#${event.at}#${randomUUID()}`,
          type: 'ACCOUNT_EVENT',
          event,
        },
      }),
    );
  },

  async list(username) {
    return (await queryAll(`ACCOUNT#${username}`, 'EVENT#')).map((item) => item.event as AccountEvent);
  },
};
