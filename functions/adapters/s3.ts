import { S3Client } from '@aws-sdk/client-s3';
import { tracer } from './observability';

/** One S3 client for every bucket; path-style addressing is only needed by the local S3 (s3rver). */
export const s3 = tracer.captureAWSv3Client(
  new S3Client({ forcePathStyle: process.env.S3_FORCE_PATH_STYLE === 'true' }),
);
