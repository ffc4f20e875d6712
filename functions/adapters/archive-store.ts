import { createHash } from 'node:crypto';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import type { ArchiveStore } from '#domain/ports';
import { RESOURCE_ENV } from '../resources';
import { requireEnv } from './env';
import { downloadUrl, s3 } from './s3';

const bucket = requireEnv(RESOURCE_ENV.archive);

/**
 * Issued documents in the archive bucket (versioned, Object Lock). Each put sends its SHA-256,
 * which S3 checks on receipt and Object Lock requires; the same digest is recorded with the document.
 */
export const archiveStore: ArchiveStore = {
  async put(key, body, contentType) {
    const digest = createHash('sha256').update(body);
    const sha256 = digest.copy().digest('hex');
    await s3.send(
      new PutObjectCommand({
        Bucket: bucket,
        Key: key,
        Body: body,
        ContentType: contentType,
        ChecksumSHA256: digest.digest('base64'),
      }),
    );
    return { sha256, size: body.byteLength };
  },

  downloadUrl(key, file) {
    return downloadUrl(bucket, key, file);
  },
};
