import { GetObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import { attachmentDisposition, type DownloadFile } from '#files/domain/uploads';
import { tracer } from './observability';

/** One S3 client for every bucket; path-style addressing is only needed by the local S3 (s3rver). */
export const s3 = tracer.captureAWSv3Client(
  new S3Client({ forcePathStyle: process.env.S3_FORCE_PATH_STYLE === 'true' }),
);

const DOWNLOAD_URL_SECONDS = 300;

/**
 * A five-minute URL that downloads one object as an attachment of its checked type: S3 answers
 * with these headers whatever type the uploader stored the object under.
 */
export function downloadUrl(bucket: string, key: string, file: DownloadFile): Promise<string> {
  return getSignedUrl(
    s3,
    new GetObjectCommand({
      Bucket: bucket,
      Key: key,
      ResponseContentType: file.contentType,
      ResponseContentDisposition: attachmentDisposition(file.fileName, file.contentType),
    }),
    { expiresIn: DOWNLOAD_URL_SECONDS },
  );
}
