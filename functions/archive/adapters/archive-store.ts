import { createHash } from 'node:crypto';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { ARCHIVE_PREFIXES } from '#archive/domain/archive-keys';
import type { ArchiveStore } from '#archive/domain/ports';
import { requireEnv } from '#kernel/adapters/env';
import { downloadUrl, s3 } from '#kernel/adapters/s3';
import { RESOURCE_ENV } from '#kernel/resources';

const bucket = requireEnv(RESOURCE_ENV.archive);

/**
 * Documents in the archive bucket (versioned, Object Lock enabled without a default retention).
 * Each put sends its SHA-256, which S3 checks on receipt and Object Lock requires; the same digest
 * is recorded with the document. An issued document is put with its own retention, and only
 * under the issued prefix, the one prefix the functions' roles may lock objects in.
 */
export const archiveStore: ArchiveStore = {
  async put(key, body, contentType, lock) {
    if (key.startsWith(ARCHIVE_PREFIXES.issued) !== Boolean(lock)) {
      throw new Error(
        `Only issued documents (${ARCHIVE_PREFIXES.issued}) are locked, and every one is: ${key}`,
      );
    }
    const digest = createHash('sha256').update(body);
    const sha256 = digest.copy().digest('hex');
    await s3.send(
      new PutObjectCommand({
        Bucket: bucket,
        Key: key,
        Body: body,
        ContentType: contentType,
        ChecksumSHA256: digest.digest('base64'),
        ...(lock && { ObjectLockMode: lock.mode, ObjectLockRetainUntilDate: lock.until }),
      }),
    );
    return { sha256, size: body.byteLength };
  },

  downloadUrl(key, file) {
    return downloadUrl(bucket, key, file);
  },
};
