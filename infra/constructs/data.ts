import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';
import { TABLE_DESIGN } from '#kernel/adapters/table-design';
import { acknowledge } from '../nag';

export interface DataProps {
  /** Days an uploaded requirement document is kept (they are working copies). */
  readonly uploadsExpireAfterDays: number;
  /** Browser origins allowed to upload straight to the uploads bucket. */
  readonly corsOrigins: readonly string[];
  /** Days server access logs are kept. */
  readonly accessLogDays: number;
}

/**
 * Everything the agency's records live in: one single-table DynamoDB table (keys and indexes
 * from functions/kernel/adapters/table-design.ts, where its access patterns are listed), the uploads
 * and archive buckets, the access-log bucket, and the customer-managed key encrypting them.
 * Every stateful resource is retained when the stack is deleted.
 */
export class Data extends Construct {
  readonly key: kms.Key;
  readonly table: dynamodb.Table;
  readonly uploads: s3.Bucket;
  readonly archive: s3.Bucket;

  constructor(scope: Construct, id: string, props: DataProps) {
    super(scope, id);
    this.key = new kms.Key(this, 'DataKey', {
      description: 'Layanan ASN Terpadu: personnel records and documents at rest',
      enableKeyRotation: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });

    this.table = new dynamodb.Table(this, 'Records', {
      partitionKey: { name: TABLE_DESIGN.partitionKey, type: dynamodb.AttributeType.STRING },
      sortKey: { name: TABLE_DESIGN.sortKey, type: dynamodb.AttributeType.STRING },
      billingMode: dynamodb.BillingMode.PAY_PER_REQUEST,
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      deletionProtection: true,
      encryption: dynamodb.TableEncryption.CUSTOMER_MANAGED,
      encryptionKey: this.key,
      timeToLiveAttribute: TABLE_DESIGN.timeToLiveAttribute,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    for (const index of TABLE_DESIGN.indexes) {
      this.table.addGlobalSecondaryIndex({
        indexName: index.name,
        partitionKey: { name: index.partitionKey, type: dynamodb.AttributeType.STRING },
        sortKey: { name: index.sortKey, type: dynamodb.AttributeType.STRING },
        projectionType: dynamodb.ProjectionType.ALL,
      });
    }

    // S3 delivers server access logs only to buckets with S3-managed encryption.
    const accessLogs = new s3.Bucket(this, 'AccessLogs', {
      encryption: s3.BucketEncryption.S3_MANAGED,
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      enforceSSL: true,
      objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_ENFORCED,
      lifecycleRules: [{ expiration: Duration.days(props.accessLogDays) }],
      removalPolicy: RemovalPolicy.RETAIN,
    });
    acknowledge(
      accessLogs,
      'S1',
      'This bucket receives the server access logs of the others; logging it would loop.',
    );

    const privateBucket = {
      encryption: s3.BucketEncryption.KMS,
      encryptionKey: this.key,
      bucketKeyEnabled: true,
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      enforceSSL: true,
      objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_ENFORCED,
      serverAccessLogsBucket: accessLogs,
      removalPolicy: RemovalPolicy.RETAIN,
    } as const;

    this.uploads = new s3.Bucket(this, 'Uploads', {
      ...privateBucket,
      serverAccessLogsPrefix: 'uploads/',
      lifecycleRules: [
        {
          expiration: Duration.days(props.uploadsExpireAfterDays),
          abortIncompleteMultipartUploadAfter: Duration.days(1),
        },
        // Files anyone sends to be checked against the issued documents are needed for minutes.
        { prefix: 'verifications/', expiration: Duration.days(1) },
      ],
      cors: [
        {
          allowedOrigins: [...props.corsOrigins],
          allowedMethods: [s3.HttpMethods.PUT],
          allowedHeaders: ['content-type', 'content-length'],
          maxAge: 600,
        },
      ],
    });

    // Object Lock without a default retention: the issuing functions lock each issued document for
    // the years its type requires (functions/archive/domain/archive-keys.ts); drafts and employees' own
    // documents beside them stay unlocked, so they never become undeletable.
    this.archive = new s3.Bucket(this, 'Archive', {
      ...privateBucket,
      serverAccessLogsPrefix: 'archive/',
      versioned: true,
      objectLockEnabled: true,
    });
  }
}
