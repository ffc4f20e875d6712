import { createHash } from 'node:crypto';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DynamoDBClient, PutItemCommand, paginateScan } from '@aws-sdk/client-dynamodb';
import { GetObjectCommand, PutObjectCommand, paginateListObjectsV2, S3Client } from '@aws-sdk/client-s3';
import { describe, expect, it } from 'vitest';
import { apiClient } from '#kit/api';
import { completeKgbDraft, SAMPLE_PDF, storePersonalDocument } from '#kit/fixtures';
import type { StackInfo } from '#kit/local-stack';
import { runScript, withSourceAndEmptyTarget } from '#kit/operator';
import type { Manifest } from '../../scripts/backup-format';

/** The buckets infra/local/stack.ts creates. */
const BUCKETS = ['layanan-uploads', 'layanan-archive'] as const;
const LOCAL = {
  region: 'ap-southeast-3',
  credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
} as const;

function clientsOf(stack: StackInfo) {
  return {
    dynamodb: new DynamoDBClient({ ...LOCAL, endpoint: stack.urls.dynamodb }),
    s3: new S3Client({
      ...LOCAL,
      endpoint: stack.urls.s3,
      forcePathStyle: true,
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
    }),
  };
}

const SET_TYPES = new Set(['SS', 'NS', 'BS']);

/** A marshalled item as comparable JSON: attributes in name order, sets in value order (sets have none). */
function canonical(value: unknown): unknown {
  if (value instanceof Uint8Array) return { bytes: Buffer.from(value).toString('base64') };
  if (Array.isArray(value)) return value.map(canonical);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([name, inner]) => [
        name,
        SET_TYPES.has(name) && Array.isArray(inner)
          ? inner.map((member) => JSON.stringify(canonical(member))).sort()
          : canonical(inner),
      ]),
  );
}

async function itemsOf(stack: StackInfo): Promise<string[]> {
  const items: string[] = [];
  const { dynamodb } = clientsOf(stack);
  for await (const page of paginateScan({ client: dynamodb }, { TableName: stack.tableName })) {
    for (const item of page.Items ?? []) items.push(JSON.stringify(canonical(item)));
  }
  return items.sort();
}

const sha256 = (bytes: Uint8Array | string) => createHash('sha256').update(bytes).digest('hex');

async function objectsOf(stack: StackInfo) {
  const { s3 } = clientsOf(stack);
  const objects = [];
  for (const bucket of BUCKETS) {
    for await (const page of paginateListObjectsV2({ client: s3 }, { Bucket: bucket })) {
      for (const { Key } of page.Contents ?? []) {
        const object = await s3.send(new GetObjectCommand({ Bucket: bucket, Key }));
        const bytes = (await object.Body?.transformToByteArray()) ?? new Uint8Array();
        objects.push({
          bucket,
          key: Key,
          sha256: sha256(bytes),
          contentType: object.ContentType,
          metadata: object.Metadata,
        });
      }
    }
  }
  return objects;
}

/** Records through the API, plus what the API never writes but a restore must keep exactly. */
async function populate(stack: StackInfo): Promise<void> {
  const api = apiClient(stack.urls.api);
  await completeKgbDraft(api, 'asn.lain');
  const stored = await storePersonalDocument(api, 'asn.lain', {
    title: 'SK Kenaikan Pangkat Penata (III/c)',
    requirementCode: 'SK_PANGKAT_TERAKHIR',
    fileName: 'sk-pangkat.pdf',
  });
  expect(stored.body).toMatchObject({ status: 'STORED' });

  const { dynamodb, s3 } = clientsOf(stack);
  await dynamodb.send(
    new PutItemCommand({
      TableName: stack.tableName,
      Item: {
        pk: { S: 'BACKUP#types' },
        sk: { S: 'EVERY' },
        // 38 significant digits: more than a JavaScript number holds.
        precise: { N: '3.1415926535897932384626433832795028841' },
        huge: { N: '-9.9E+125' },
        bytes: { B: Uint8Array.from({ length: 256 }, (_, index) => index) },
        bytesSet: { BS: [Uint8Array.of(0), Uint8Array.of(255, 254)] },
        numbers: { NS: ['1', '2.5', '1E+100'] },
        strings: { SS: ['satu', 'dua'] },
        nested: {
          M: {
            list: { L: [{ NULL: true }, { BOOL: false }, { S: '' }, { M: { deep: { N: '0.000001' } } }] },
          },
        },
      },
    }),
  );
  const put = (Bucket: string, Key: string, Body: string | Uint8Array, extra = {}) =>
    s3.send(new PutObjectCommand({ Bucket, Key, Body, ...extra }));
  await put(BUCKETS[0], 'backup-test/Surat Keputusan ñ #1.pdf', SAMPLE_PDF, {
    ContentType: 'application/pdf',
    Metadata: { 'uploaded-by': 'asn.lain', purpose: 'kgb' },
  });
  // Keys no file path can hold as they are: a folder marker, and a key that is also a folder.
  await put(BUCKETS[0], 'backup-test/folder/', '', { ContentLength: 0 });
  await put(BUCKETS[1], 'backup-test/a', 'file a', { ContentType: 'text/plain' });
  await put(BUCKETS[1], 'backup-test/a/b', 'file a/b', { ContentType: 'text/plain' });
}

describe('backup and restore (Kediri Pasal 17)', () => {
  it('restores every item and object exactly into an empty deployment, and refuses a damaged backup or a non-empty target', async () => {
    await withSourceAndEmptyTarget(async ({ source, target, work }) => {
      const backup = join(work, 'backup');
      expect(target.output()).toMatch(/Not seeded \(LOCAL_SEED=none\)/);
      expect(await itemsOf(target)).toEqual([]);
      await populate(source);
      const items = await itemsOf(source);
      const objects = await objectsOf(source);

      const tamperedFile = 'objects/uploads/backup-test/Surat Keputusan ñ #1.pdf';
      const backedUp = await runScript(
        'backup',
        ['--out', backup, '--segments', '3', '--items-per-file', '25'],
        source,
      );
      expect(backedUp.stderr).not.toMatch(/Failed/);
      expect(backedUp.code).toBe(0);
      const manifest = JSON.parse(readFileSync(join(backup, 'manifest.json'), 'utf8')) as Manifest;
      expect(manifest.counts.items).toBe(items.length);
      expect(manifest.counts.objects.uploads + manifest.counts.objects.archive).toBe(objects.length);
      expect(manifest.items.length).toBeGreaterThan(3);
      expect(Math.max(...manifest.items.map((file) => file.items))).toBeLessThanOrEqual(25);
      expect(manifest.objects.find((entry) => entry.path === tamperedFile)).toMatchObject({
        key: 'backup-test/Surat Keputusan ñ #1.pdf',
        headers: { ContentType: 'application/pdf' },
        metadata: { 'uploaded-by': 'asn.lain', purpose: 'kgb' },
      });
      expect(manifest.objects.find((entry) => entry.key === 'backup-test/folder/')?.path).toMatch(
        /^objects-escaped\/uploads\/[0-9a-f]{64}$/,
      );
      const fileAndFolder = manifest.objects.filter((entry) => /^backup-test\/a(\/b)?$/.test(entry.key));
      expect(fileAndFolder.map((entry) => entry.path.split('/')[0]).sort()).toEqual([
        'objects',
        'objects-escaped',
      ]);

      const damaged = join(work, 'damaged');
      cpSync(backup, damaged, { recursive: true });
      const bytes = readFileSync(join(damaged, tamperedFile));
      bytes[0] = (bytes[0] ?? 0) ^ 1;
      writeFileSync(join(damaged, tamperedFile), bytes);
      const refused = await runScript('restore', ['--from', damaged], target);
      expect(refused.code).toBe(1);
      expect(refused.stderr).toContain('does not match its manifest');
      expect(refused.stderr).toContain(`${tamperedFile}: its SHA-256 differs`);
      expect(await itemsOf(target)).toEqual([]);
      expect(await objectsOf(target)).toEqual([]);

      const restored = await runScript('restore', ['--from', backup], target);
      expect(restored.stderr).not.toMatch(/Failed/);
      expect(restored.code).toBe(0);
      expect(await itemsOf(target)).toEqual(items);
      expect(await objectsOf(target)).toEqual(objects);

      const again = await runScript('restore', ['--from', backup], target);
      expect(again.code).toBe(1);
      expect(again.stderr).toContain('already hold data');
    });
  }, 120_000);
});
