import { HeadObjectCommand, NotFound, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import type { FileStore } from '#domain/ports';
import { RESOURCE_ENV } from '../resources';
import { requireEnv } from './env';
import { tracer } from './observability';

const bucket = requireEnv(RESOURCE_ENV.uploads);
const UPLOAD_URL_SECONDS = 900;

/** Path-style addressing is only needed by the local S3 (s3rver). */
const s3 = tracer.captureAWSv3Client(
  new S3Client({ forcePathStyle: process.env.S3_FORCE_PATH_STYLE === 'true' }),
);

/** Requirement documents the applicant uploads straight to the private uploads bucket. */
export const uploadFiles: FileStore = {
  uploadUrl(key, contentType, size) {
    return getSignedUrl(
      s3,
      new PutObjectCommand({ Bucket: bucket, Key: key, ContentType: contentType, ContentLength: size }),
      { expiresIn: UPLOAD_URL_SECONDS, signableHeaders: new Set(['content-type', 'content-length']) },
    );
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
};
