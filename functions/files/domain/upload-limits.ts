/**
 * Files that go to S3 by a presigned URL instead of through the API, and how large they may be:
 * API Gateway and Lambda bound only what passes through them.
 */

/** How long a presigned upload URL may be used. */
export const UPLOAD_URL_SECONDS = 900;

/** A personnel system's CSV export of the agency's employees. */
export const IMPORT_UPLOAD_MAX_BYTES = 20 * 1_048_576;

/** A file sent for checking against the issued documents: an issued PDF, or a signed scan. */
export const VERIFY_UPLOAD_MAX_BYTES = 10 * 1_048_576;

/** Where each kind of uploaded file lies in the uploads bucket (IAM grants each prefix alone). */
export const importUploadKey = (uploadId: string) => `imports/uploads/${uploadId}.csv`;
export const verificationUploadKey = (uploadId: string) => `verifications/${uploadId}`;
