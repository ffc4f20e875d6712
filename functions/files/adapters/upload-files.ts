import { GetObjectCommand, HeadObjectCommand, NotFound, PutObjectCommand } from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import type { FileStore } from '#files/domain/ports';
import { UPLOAD_URL_SECONDS } from '#files/domain/upload-limits';
import { requireEnv } from '#kernel/adapters/env';
import { downloadUrl, s3 } from '#kernel/adapters/s3';
import { RESOURCE_ENV } from '#kernel/resources';

const bucket = requireEnv(RESOURCE_ENV.uploads);

/** Requirement documents and signed scans, uploaded straight to the private uploads bucket. */
export const uploadFiles: FileStore = {
  uploadUrl(key, contentType, size) {
    return getSignedUrl(
      s3,
      new PutObjectCommand({ Bucket: bucket, Key: key, ContentType: contentType, ContentLength: size }),
      { expiresIn: UPLOAD_URL_SECONDS, signableHeaders: new Set(['content-type', 'content-length']) },
    );
  },

  downloadUrl(key, file) {
    return downloadUrl(bucket, key, file);
  },

  async head(key) {
    try {
      const head = await s3.send(new HeadObjectCommand({ Bucket: bucket, Key: key }));
      return { size: head.ContentLength ?? 0, ...(head.ContentType && { contentType: head.ContentType }) };
    } catch (error) {
      if (error instanceof NotFound || (error instanceof Error && error.name === 'NotFound'))
        return undefined;
      throw error;
    }
  },

  async put(key, body, contentType) {
    await s3.send(new PutObjectCommand({ Bucket: bucket, Key: key, Body: body, ContentType: contentType }));
  },

  async read(key) {
    const object = await s3.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
    if (!object.Body) throw new Error(`Upload ${key} has no body`);
    return object.Body.transformToByteArray();
  },
};
