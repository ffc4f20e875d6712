import { DefaultStackSynthesizer, Duration, RemovalPolicy, Stack, Validations } from 'aws-cdk-lib';
import * as acm from 'aws-cdk-lib/aws-certificatemanager';
import * as cloudfront from 'aws-cdk-lib/aws-cloudfront';
import * as origins from 'aws-cdk-lib/aws-cloudfront-origins';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as s3deploy from 'aws-cdk-lib/aws-s3-deployment';
import { Construct } from 'constructs';
import { acknowledge, acknowledgeWildcard } from '../nag';
import { contentSecurityPolicy, PORTAL_HEADERS } from '../portal-policy';

export interface PortalProps {
  /** The built portal (`npm run build:web` writes it to web/dist). */
  readonly siteDir: string;
  /** The API's base URL, written to the runtime config (/config.json) the app reads at start. */
  readonly apiUrl: string;
  /** Cognito managed login: the user pool domain's URL and the portal's app client (PKCE, no secret). */
  readonly auth: { readonly domainUrl: string; readonly clientId: string };
  /** The agency's name, shown in the portal's header. */
  readonly agencyName: string;
  /**
   * Origins the app calls besides itself: the API's, and the buckets' that presigned uploads and
   * downloads go to. They make the CSP's connect-src (nothing else may be called).
   */
  readonly connectOrigins: readonly string[];
  /**
   * The agency's own domain for the portal, with its certificate (in us-east-1, as CloudFront
   * requires).
   * @default - the distribution's cloudfront.net domain
   */
  readonly domain?: { readonly names: readonly string[]; readonly certificateArn: string };
  /**
   * How long CloudFront's access logs are kept.
   * @default 90 days
   */
  readonly accessLogDays?: number;
}

/**
 * The reference portal as a static site: a private bucket read only by CloudFront (origin access
 * control), served over HTTPS with a strict Content-Security-Policy and the other security
 * headers, every path of the single-page app answered by index.html, and the runtime config
 * written next to the build so one build serves every agency.
 */
export class Portal extends Construct {
  readonly bucket: s3.Bucket;
  readonly distribution: cloudfront.Distribution;
  /** Where the portal answers: the agency's domain when configured, else the distribution's. */
  readonly url: string;

  constructor(scope: Construct, id: string, props: PortalProps) {
    super(scope, id);
    const logs = new s3.Bucket(this, 'AccessLogs', {
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      encryption: s3.BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      // CloudFront's standard logs are delivered with an ACL.
      objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_PREFERRED,
      lifecycleRules: [{ expiration: Duration.days(props.accessLogDays ?? 90) }],
      // Logs of a static site, no records: retained like the rest of the stack.
      removalPolicy: RemovalPolicy.RETAIN,
    });
    acknowledge(
      logs,
      'S1',
      'This bucket receives the access logs of the portal bucket and distribution itself.',
    );

    this.bucket = new s3.Bucket(this, 'Site', {
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      encryption: s3.BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      serverAccessLogsBucket: logs,
      serverAccessLogsPrefix: 'site/',
      // The build is redeployed from source on every deploy: nothing here needs keeping.
      removalPolicy: RemovalPolicy.DESTROY,
    });

    const headers = new cloudfront.ResponseHeadersPolicy(this, 'SecurityHeaders', {
      comment: 'Layanan ASN Terpadu portal: strict CSP and security headers',
      securityHeadersBehavior: {
        contentSecurityPolicy: {
          contentSecurityPolicy: contentSecurityPolicy({
            connect: props.connectOrigins,
            upgradeInsecureRequests: true,
          }),
          override: true,
        },
        strictTransportSecurity: {
          accessControlMaxAge: Duration.seconds(PORTAL_HEADERS.hstsMaxAgeSeconds),
          includeSubdomains: true,
          override: true,
        },
        contentTypeOptions: { override: true },
        frameOptions: { frameOption: cloudfront.HeadersFrameOption.DENY, override: true },
        referrerPolicy: {
          referrerPolicy: cloudfront.HeadersReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN,
          override: true,
        },
      },
    });

    const spa = (httpStatus: number): cloudfront.ErrorResponse => ({
      httpStatus,
      responseHttpStatus: 200,
      responsePagePath: '/index.html',
      ttl: Duration.seconds(0),
    });
    this.distribution = new cloudfront.Distribution(this, 'Distribution', {
      comment: `Portal ${props.agencyName}`,
      defaultRootObject: 'index.html',
      defaultBehavior: {
        origin: origins.S3BucketOrigin.withOriginAccessControl(this.bucket),
        viewerProtocolPolicy: cloudfront.ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
        cachePolicy: cloudfront.CachePolicy.CACHING_OPTIMIZED,
        responseHeadersPolicy: headers,
        compress: true,
      },
      // The app's own paths (/permohonan/…, the links in the mails) are routes of index.html; with
      // origin access control a missing key answers 403.
      errorResponses: [spa(403), spa(404)],
      priceClass: cloudfront.PriceClass.PRICE_CLASS_200,
      httpVersion: cloudfront.HttpVersion.HTTP2_AND_3,
      enableLogging: true,
      logBucket: logs,
      logFilePrefix: 'cloudfront/',
      ...(props.domain && {
        domainNames: [...props.domain.names],
        certificate: acm.Certificate.fromCertificateArn(this, 'Certificate', props.domain.certificateArn),
        // Only a certificate of the agency's own takes a TLS policy; cloudfront.net's is fixed.
        minimumProtocolVersion: cloudfront.SecurityPolicyProtocol.TLS_V1_2_2021,
      }),
    });
    acknowledge(
      this.distribution,
      'CFR1',
      'Employees of the agency sign in from anywhere (field work, study leave abroad): no geo restriction.',
    );
    acknowledge(
      this.distribution,
      'CFR2',
      'The site is static files behind CloudFront; requests that change anything go to the API, which has its own WAF web ACL.',
    );
    if (!props.domain) {
      acknowledge(
        this.distribution,
        'CFR4',
        'Without an agency domain the distribution uses the cloudfront.net certificate, whose TLS policy CloudFront sets; a configured domain gets TLSv1.2_2021.',
      );
    }
    this.url = props.domain
      ? `https://${props.domain.names[0]}`
      : `https://${this.distribution.distributionDomainName}`;

    // Hashed assets are immutable; index.html and config.json are read fresh on every visit.
    const assets = new s3deploy.BucketDeployment(this, 'Assets', {
      destinationBucket: this.bucket,
      sources: [s3deploy.Source.asset(props.siteDir, { exclude: ['index.html'] })],
      cacheControl: [s3deploy.CacheControl.fromString('public, max-age=31536000, immutable')],
      prune: false,
      memoryLimit: 512,
    });
    const entry = new s3deploy.BucketDeployment(this, 'Entry', {
      destinationBucket: this.bucket,
      sources: [
        s3deploy.Source.asset(props.siteDir, { exclude: ['*', '!index.html'] }),
        s3deploy.Source.jsonData('config.json', {
          apiUrl: props.apiUrl,
          agencyName: props.agencyName,
          auth: { kind: 'cognito', domain: props.auth.domainUrl, clientId: props.auth.clientId },
        }),
      ],
      cacheControl: [s3deploy.CacheControl.noCache()],
      prune: false,
      distribution: this.distribution,
      distributionPaths: ['/index.html', '/config.json'],
      memoryLimit: 512,
    });
    entry.node.addDependency(assets);

    // The deployment's upload function is CDK's own (aws-s3-deployment), created once per stack.
    const stack = Stack.of(this);
    // CDK's bootstrap asset bucket, as the default synthesizer names it.
    const assetBucket = `cdk-${DefaultStackSynthesizer.DEFAULT_QUALIFIER}-assets-${stack.account}-${stack.region}`;
    for (const child of stack.node.findAll()) {
      if (!child.node.id.startsWith('Custom::CDKBucketDeployment')) continue;
      const why =
        'CDK’s own BucketDeployment function (aws-cdk-lib): it copies the build from the CDK asset bucket into this bucket and invalidates this distribution; aws-cdk-lib writes its policy.';
      acknowledge(child, 'L1', `${why} Its runtime is set by aws-cdk-lib, not by this project.`);
      Validations.of(child).acknowledge({
        id: 'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]',
        reason: `${why} The managed basic execution role only lets it write its own logs.`,
      });
      for (const action of ['s3:GetObject*', 's3:GetBucket*', 's3:List*', 's3:DeleteObject*', 's3:Abort*']) {
        Validations.of(child).acknowledge({ id: `AwsSolutions-IAM5[Action::${action}]`, reason: why });
      }
      acknowledgeWildcard(
        child,
        '*',
        `${why} CloudFront invalidations cannot be scoped to one distribution.`,
      );
      acknowledgeWildcard(
        child,
        `${this.bucket.bucketArn}/*`,
        `${why} Every object of the portal bucket is the build.`,
      );
      if (assetBucket) {
        acknowledgeWildcard(
          child,
          `arn:${stack.partition}:s3:::${assetBucket}/*`,
          `${why} It reads the build’s asset.`,
        );
      }
    }
  }
}
