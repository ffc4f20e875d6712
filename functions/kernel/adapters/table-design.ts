/**
 * The single table's keys and indexes, read by the CDK data construct and by the local stack,
 * so both create the same table.
 *
 * Access patterns (every request path queries by key or index; none scans):
 *
 * | # | pattern                                         | where | key                                              |
 * |---|-------------------------------------------------|-------|--------------------------------------------------|
 * | 1 | a request by id                                 | table | pk = REQ#<id>, sk = REQUEST                       |
 * | 2 | a request's documents                           | table | pk = REQ#<id>, sk begins_with DOC#                |
 * | 3 | a request's audit trail, in order               | table | pk = REQ#<id>, sk begins_with AUDIT# (version)    |
 * | 4 | an applicant's requests, newest first           | gsi1  | gsi1pk = APPLICANT#<nip>, gsi1sk = <created>#<id> |
 * | 5 | a unit's requests, newest first                 | gsi2  | gsi2pk = UNIT#<unit>, gsi2sk = <created>#<id>     |
 * | 6 | a queue's open tasks, oldest deadline first     | gsi3  | gsi3pk = QUEUE#<status>, gsi3sk = <due>#<id>      |
 * | 7 | workflow calls owed (outbox), oldest first      | gsi3  | gsi3pk = OUTBOX, gsi3sk = <since>#<id>            |
 * |   | (gsi3 is sparse: a request has an open task or an owed call, or neither)          |                  |
 * | 8 | requests by status, latest change first         | gsi4  | gsi4pk = STATUS#<status>, gsi4sk = <updated>#<id> |
 * | 9 | an employee by NIP                              | table | pk = EMP#<nip>, sk = PROFILE                      |
 * |10 | a unit's employees, by name                     | gsi2  | gsi2pk = UNIT#<unit>#EMPLOYEES, gsi2sk = <name>   |
 * |11 | a create retried with the same Idempotency-Key  | table | pk = IDEMPOTENCY#<user>#<key>, sk = IDEMPOTENCY   |
 * |12 | an account; the accounts holding a role         | table | pk = ACCOUNT#<user>, sk = PROFILE; pk = ROLE#<role>, sk = <user> |
 * |13 | who may sign a service's documents              | table | pk = AUTHORITY#<service>, sk = <user>             |
 * |14 | a request's survey answer                       | table | pk = REQ#<id>, sk = SURVEY                        |
 * |15 | an employee import and its progress             | table | pk = IMPORT#<id>, sk = JOB                        |
 * |16 | a document of an employee's archive by id       | table | pk = ARCHIVE#<documentId>, sk = DOCUMENT          |
 * |17 | an employee's archive, newest first             | gsi1  | gsi1pk = ARCHIVE#<nip>, gsi1sk = <archived>#<id>  |
 * |18 | the issued document with a file's SHA-256       | gsi4  | gsi4pk = DIGEST#<sha256>, gsi4sk = <documentId>   |
 * |19 | a document series' last number in a year        | table | pk = COUNTER#<series>#<year>, sk = COUNTER        |
 * |20 | the signing act of a digest (exactly once)      | table | pk = SIGNATURE#<sha256>, sk = SIGNATURE           |
 * |21 | a bulk-signing manifest                         | table | pk = BATCH#<id>, sk = BATCH                       |
 * |22 | announcements, newest first                     | gsi4  | gsi4pk = ANNOUNCEMENTS, gsi4sk = <publishAt>#<id> |
 * |23 | a complaint; a complainant's, newest first      | table, gsi1 | pk = COMPLAINT#<id>; gsi1pk = COMPLAINANT#<user> |
 * |24 | complaints in one status, latest change first   | gsi4  | gsi4pk = COMPLAINTS#<status>, gsi4sk = <updated>#<id> |
 * |25 | open complaints due, oldest deadline first      | gsi3  | gsi3pk = COMPLAINTS#DUE, gsi3sk = <dueAt>#<id>    |
 * |26 | requests submitted in a period (reports)        | gsi5  | gsi5pk = SUBMITTED#<yyyy-mm>, gsi5sk = <submitted>#<id> |
 * |27 | survey answers given in a period (IKM)          | gsi5  | gsi5pk = SURVEYED#<yyyy-mm>, gsi5sk = <answered>#<id> |
 * |28 | force-majeure periods, newest first            | gsi4  | gsi4pk = FORCE_MAJEURE, gsi4sk = <from>#<id>      |
 * |29 | an account's administration history             | table | pk = ACCOUNT#<user>, sk = EVENT#<at>#<id>         |
 * |30 | a mail kept until SES takes it (once per id)    | table | pk = MAIL#<id>, sk = MAIL                         |
 * |31 | pending mail due for an attempt, longest due first | gsi3 | gsi3pk = MAIL#PENDING, gsi3sk = <nextAttemptAt>#<id> |
 * |32 | an employee's open request of a one-at-a-time service | table | pk = OPEN#<nip>#<service>, sk = OPEN       |
 * |33 | the accounts using a mail address (SES feedback) | table | pk = EMAIL#<address, lower case>, sk = <user>   |
 *
 * Period queries (26, 27) read one partition per calendar month (UTC) of the period, bounded by
 * the period's instants: a report reads the requests of its period and nothing else.
 *
 * Audit items (3) carry `previous` and `hash`, the links of the request's hash chain, and the
 * request item its head (`request.auditHead`), written in the same transaction
 * (functions/requests/domain/audit-chain.ts).
 *
 * Items that only matter for a while carry `expiresAt` (epoch seconds) for DynamoDB's TTL.
 */
export const TABLE_DESIGN = {
  partitionKey: 'pk',
  sortKey: 'sk',
  timeToLiveAttribute: 'expiresAt',
  indexes: [
    { name: 'gsi1', partitionKey: 'gsi1pk', sortKey: 'gsi1sk' },
    { name: 'gsi2', partitionKey: 'gsi2pk', sortKey: 'gsi2sk' },
    { name: 'gsi3', partitionKey: 'gsi3pk', sortKey: 'gsi3sk' },
    { name: 'gsi4', partitionKey: 'gsi4pk', sortKey: 'gsi4sk' },
    { name: 'gsi5', partitionKey: 'gsi5pk', sortKey: 'gsi5sk' },
  ],
} as const;

export type IndexName = (typeof TABLE_DESIGN.indexes)[number]['name'];
