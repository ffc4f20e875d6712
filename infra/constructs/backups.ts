import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import * as backup from 'aws-cdk-lib/aws-backup';
import type * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as events from 'aws-cdk-lib/aws-events';
import * as iam from 'aws-cdk-lib/aws-iam';
import type * as kms from 'aws-cdk-lib/aws-kms';
import type * as s3 from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';
import { acknowledge } from '../nag';

export interface BackupsProps {
  readonly table: dynamodb.ITable;
  readonly archive: s3.IBucket;
  readonly key: kms.IKey;
  /** Days each daily recovery point is kept. */
  readonly retentionDays: number;
}

/**
 * Kediri Pasal 17: besides the table's point-in-time recovery (35 days) and the archive's
 * versions under Object Lock, AWS Backup takes a daily recovery point of the records table and
 * the archive bucket into a vault of the agency's own, kept as long as its config says. Uploads
 * are working copies and are left out.
 */
export class Backups extends Construct {
  readonly vault: backup.BackupVault;
  readonly plan: backup.BackupPlan;

  constructor(scope: Construct, id: string, props: BackupsProps) {
    super(scope, id);
    this.vault = new backup.BackupVault(this, 'Vault', {
      encryptionKey: props.key,
      removalPolicy: RemovalPolicy.RETAIN,
      // Nobody deletes recovery points before their time, not even an administrator.
      lockConfiguration: { minRetention: Duration.days(Math.min(props.retentionDays, 7)) },
    });
    this.plan = new backup.BackupPlan(this, 'Plan', { backupVault: this.vault });
    this.plan.addRule(
      new backup.BackupPlanRule({
        ruleName: 'Harian',
        scheduleExpression: events.Schedule.cron({ hour: '18', minute: '0' }),
        startWindow: Duration.hours(1),
        completionWindow: Duration.hours(8),
        deleteAfter: Duration.days(props.retentionDays),
      }),
    );
    // S3 recovery points need their own policies beside the DynamoDB ones the selection adds.
    const policies = [
      'service-role/AWSBackupServiceRolePolicyForBackup',
      'service-role/AWSBackupServiceRolePolicyForRestores',
      'AWSBackupServiceRolePolicyForS3Backup',
      'AWSBackupServiceRolePolicyForS3Restore',
    ];
    const role = new iam.Role(this, 'Role', {
      assumedBy: new iam.ServicePrincipal('backup.amazonaws.com'),
      managedPolicies: policies.map((name) => iam.ManagedPolicy.fromAwsManagedPolicyName(name)),
    });
    for (const name of policies) {
      acknowledge(
        role,
        `IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/${name}]`,
        'AWS Backup assumes this role; its AWS-managed service-role policies are the documented grant for backing up and restoring DynamoDB and S3.',
      );
    }
    this.plan.addSelection('RecordsAndArchive', {
      resources: [
        backup.BackupResource.fromDynamoDbTable(props.table),
        backup.BackupResource.fromArn(props.archive.bucketArn),
      ],
      role,
      disableDefaultBackupPolicy: true,
    });
  }
}
