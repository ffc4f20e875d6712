/**
 * Prices the cost model (cost.ts) multiplies the counted usage by, as dated data: each with its
 * unit, the page it comes from and the date it was read. The agency deploys to Asia Pacific
 * (Jakarta, ap-southeast-3). AWS renders its regional price tables with script, and the stored
 * copies of those pages this was read from show no Jakarta column: where `region` says us-east-1,
 * the Jakarta price was NOT found and the US East (N. Virginia) list price stands in for it.
 * Check each against the AWS Pricing Calculator for ap-southeast-3 before quoting a figure.
 */

export type Region = 'ap-southeast-3' | 'us-east-1';

export interface Price {
  /** USD per `per` units of `unit`. */
  readonly usd: number;
  readonly per: number;
  readonly unit: string;
  readonly region: Region;
  readonly source: string;
  /** When the price was read (from a stored copy of the page, not live). */
  readonly asOf: string;
  readonly note?: string;
}

const READ = '2026-12-02';
const NOT_JAKARTA = 'Jakarta price not found in the stored page; the us-east-1 list price stands in.';

export const PRICES = {
  stepFunctionsTransition: {
    usd: 0.025,
    per: 1_000,
    unit: 'Standard workflow state transitions (retries included; waiting is free)',
    region: 'us-east-1',
    source: 'https://aws.amazon.com/step-functions/pricing/',
    asOf: READ,
    note: `${NOT_JAKARTA} The page's table has no Jakarta row; Singapore and Tokyo are the same $0.025.`,
  },
  lambdaRequest: {
    usd: 0.2,
    per: 1_000_000,
    unit: 'Lambda requests (arm64 and x86 alike)',
    region: 'us-east-1',
    source: 'https://aws.amazon.com/lambda/pricing/',
    asOf: READ,
    note: NOT_JAKARTA,
  },
  lambdaGbSecondArm: {
    usd: 0.0000133334,
    per: 1,
    unit: 'Lambda GB-seconds on arm64 (first pricing tier)',
    region: 'us-east-1',
    source: 'https://aws.amazon.com/lambda/pricing/',
    asOf: READ,
    note: NOT_JAKARTA,
  },
  dynamodbWriteRequestUnit: {
    usd: 0.625,
    per: 1_000_000,
    unit: 'DynamoDB on-demand write request units (Standard table class)',
    region: 'us-east-1',
    source: 'https://aws.amazon.com/dynamodb/pricing/on-demand/',
    asOf: READ,
    note: NOT_JAKARTA,
  },
  dynamodbReadRequestUnit: {
    usd: 0.125,
    per: 1_000_000,
    unit: 'DynamoDB on-demand read request units (Standard table class)',
    region: 'us-east-1',
    source: 'https://aws.amazon.com/dynamodb/pricing/on-demand/',
    asOf: READ,
    note: NOT_JAKARTA,
  },
  s3ClassA: {
    usd: 0.005,
    per: 1_000,
    unit: 'S3 Standard PUT, COPY, POST, LIST requests',
    region: 'us-east-1',
    source: 'https://aws.amazon.com/s3/pricing/',
    asOf: READ,
    note: NOT_JAKARTA,
  },
  s3ClassB: {
    usd: 0.0004,
    per: 1_000,
    unit: 'S3 Standard GET, HEAD and other requests',
    region: 'us-east-1',
    source: 'https://aws.amazon.com/s3/pricing/',
    asOf: READ,
    note: NOT_JAKARTA,
  },
  sesMail: {
    usd: 0.1,
    per: 1_000,
    unit: 'SES outbound e-mails (attachments and data out extra)',
    region: 'us-east-1',
    source: 'https://aws.amazon.com/ses/pricing/',
    asOf: READ,
    note: NOT_JAKARTA,
  },
  kmsAsymmetricRequest: {
    usd: 0.15,
    per: 10_000,
    unit: 'KMS asymmetric (ECC) Sign requests',
    region: 'us-east-1',
    source: 'https://aws.amazon.com/kms/pricing/',
    asOf: READ,
    note: `${NOT_JAKARTA} Secondary sources disagree ($0.03 vs $0.15 per 10,000); the higher is used.`,
  },
  kmsKeyMonth: {
    usd: 1,
    per: 1,
    unit: 'KMS customer managed key-months',
    region: 'us-east-1',
    source: 'https://aws.amazon.com/kms/pricing/',
    asOf: READ,
    note: NOT_JAKARTA,
  },
  restApiRequest: {
    usd: 3.5,
    per: 1_000_000,
    unit: 'API Gateway REST API requests (first 333 million a month)',
    region: 'us-east-1',
    source: 'https://aws.amazon.com/api-gateway/pricing/',
    asOf: READ,
    note: `${NOT_JAKARTA} The stack uses a REST API (WAF attaches to REST APIs); an HTTP API would be $1.00 per million.`,
  },
  wafRequest: {
    usd: 0.6,
    per: 1_000_000,
    unit: 'AWS WAF web requests inspected',
    region: 'us-east-1',
    source: 'https://aws.amazon.com/waf/pricing/',
    asOf: READ,
    note: NOT_JAKARTA,
  },
  wafMonthly: {
    usd: 8,
    per: 1,
    unit: 'AWS WAF web ACL-months with two managed rule groups and a rate rule ($5 + 3 x $1)',
    region: 'us-east-1',
    source: 'https://aws.amazon.com/waf/pricing/',
    asOf: READ,
    note: NOT_JAKARTA,
  },
  eventBridgeEvent: {
    usd: 1,
    per: 1_000_000,
    unit: 'EventBridge custom events published',
    region: 'us-east-1',
    source: 'https://aws.amazon.com/eventbridge/pricing/',
    asOf: READ,
    note: NOT_JAKARTA,
  },
  logsIngestionGb: {
    usd: 0.5,
    per: 1,
    unit: 'CloudWatch Logs ingestion, GB (Standard class; vended Step Functions logs at the same first tier)',
    region: 'us-east-1',
    source: 'https://aws.amazon.com/cloudwatch/pricing/',
    asOf: READ,
    note: NOT_JAKARTA,
  },
  xrayTrace: {
    usd: 5,
    per: 1_000_000,
    unit: 'X-Ray traces recorded',
    region: 'us-east-1',
    source: 'https://aws.amazon.com/xray/pricing/',
    asOf: READ,
    note: NOT_JAKARTA,
  },
} as const satisfies Record<string, Price>;

/**
 * The always-on alternative the serverless stack is weighed against: one small VM and a small
 * managed database, on-demand, single AZ, running all year. Operating labour is not counted.
 */
export const ALWAYS_ON = {
  vm: {
    usd: 0.0168,
    per: 1,
    unit: 'EC2 t4g.small instance-hours (2 vCPU, 2 GiB, Linux, on-demand)',
    region: 'us-east-1',
    source: 'https://aws.amazon.com/ec2/pricing/on-demand/',
    asOf: READ,
    note: NOT_JAKARTA,
  },
  database: {
    usd: 0.016,
    per: 1,
    unit: 'RDS for PostgreSQL db.t4g.micro instance-hours (single AZ, on-demand)',
    region: 'us-east-1',
    source: 'https://aws.amazon.com/rds/postgresql/pricing/',
    asOf: READ,
    note: NOT_JAKARTA,
  },
  storage: {
    usd: 0.115,
    per: 1,
    unit: 'RDS gp3 storage GB-months (20 GB provisioned)',
    region: 'us-east-1',
    source: 'https://aws.amazon.com/rds/postgresql/pricing/',
    asOf: READ,
    note: NOT_JAKARTA,
  },
} as const satisfies Record<string, Price>;

/** The USD cost of `quantity` units at `price`. */
export function costOf(price: Price, quantity: number): number {
  return (price.usd / price.per) * quantity;
}
