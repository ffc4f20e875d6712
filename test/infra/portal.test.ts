import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { App, Stack } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { AwsSolutionsChecks } from 'cdk-nag';
import { beforeAll, describe, expect, it } from 'vitest';
import { Portal, type PortalProps } from '#infra/constructs/portal';
import { portalSite } from '#kit/portal-site';

const PROPS: PortalProps = {
  siteDir: portalSite(),
  apiUrl: 'https://abc123.execute-api.ap-southeast-3.amazonaws.com/prod/',
  auth: {
    domainUrl: 'https://bkpsdm-demo.auth.ap-southeast-3.amazoncognito.com',
    clientId: 'portalclientid',
  },
  agencyName: 'BKPSDM Kota Demo',
  connectOrigins: [
    'https://abc123.execute-api.ap-southeast-3.amazonaws.com',
    'https://uploads-bucket.s3.ap-southeast-3.amazonaws.com',
  ],
};

function synth(props: PortalProps): { app: App; template: Template } {
  const app = new App({ outdir: mkdtempSync(join(tmpdir(), 'cdk-portal-')) });
  const stack = new Stack(app, 'PortalTest', { env: { account: '111111111111', region: 'ap-southeast-3' } });
  new Portal(stack, 'Portal', props);
  const template = Template.fromStack(stack);
  app.synth();
  return { app, template };
}

let template: Template;
let app: App;

beforeAll(() => {
  ({ app, template } = synth(PROPS));
});

describe('Portal (static site)', () => {
  it('keeps the site bucket private: all public access blocked, TLS only', () => {
    template.hasResourceProperties('AWS::S3::Bucket', {
      PublicAccessBlockConfiguration: {
        BlockPublicAcls: true,
        BlockPublicPolicy: true,
        IgnorePublicAcls: true,
        RestrictPublicBuckets: true,
      },
      LoggingConfiguration: Match.objectLike({ LogFilePrefix: 'site/' }),
    });
  });

  it('lets only this distribution read the bucket, through origin access control (no legacy OAI)', () => {
    template.hasResourceProperties('AWS::CloudFront::OriginAccessControl', {
      OriginAccessControlConfig: Match.objectLike({
        OriginAccessControlOriginType: 's3',
        SigningBehavior: 'always',
      }),
    });
    template.resourceCountIs('AWS::CloudFront::CloudFrontOriginAccessIdentity', 0);
    template.hasResourceProperties('AWS::S3::BucketPolicy', {
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({
            Action: 's3:GetObject',
            Principal: { Service: 'cloudfront.amazonaws.com' },
            Condition: { StringEquals: { 'AWS:SourceArn': Match.anyValue() } },
          }),
        ]),
      },
    });
  });

  it('serves HTTPS only, answers the app’s own paths with index.html, and logs access', () => {
    template.hasResourceProperties('AWS::CloudFront::Distribution', {
      DistributionConfig: Match.objectLike({
        DefaultRootObject: 'index.html',
        DefaultCacheBehavior: Match.objectLike({ ViewerProtocolPolicy: 'redirect-to-https', Compress: true }),
        CustomErrorResponses: [
          Match.objectLike({ ErrorCode: 403, ResponseCode: 200, ResponsePagePath: '/index.html' }),
          Match.objectLike({ ErrorCode: 404, ResponseCode: 200, ResponsePagePath: '/index.html' }),
        ],
        Logging: Match.objectLike({ Prefix: 'cloudfront/' }),
      }),
    });
  });

  it('sends a strict Content-Security-Policy: the site’s own scripts only, no framing, calls to the API and storage only', () => {
    const policies = Object.values(template.findResources('AWS::CloudFront::ResponseHeadersPolicy'));
    expect(policies).toHaveLength(1);
    const config = (policies[0] as { Properties: { ResponseHeadersPolicyConfig: unknown } }).Properties
      .ResponseHeadersPolicyConfig as {
      SecurityHeadersConfig: {
        ContentSecurityPolicy: { ContentSecurityPolicy: string; Override: boolean };
        StrictTransportSecurity: { AccessControlMaxAgeSec: number };
        FrameOptions: { FrameOption: string };
      };
    };
    const csp = config.SecurityHeadersConfig.ContentSecurityPolicy.ContentSecurityPolicy;
    const directives = Object.fromEntries(
      csp.split('; ').map((directive) => [directive.split(' ')[0], directive.split(' ').slice(1)]),
    );
    expect(directives['script-src']).toEqual(["'self'"]);
    expect(directives['style-src']).toEqual(["'self'"]);
    expect(directives['object-src']).toEqual(["'none'"]);
    expect(directives['frame-ancestors']).toEqual(["'none'"]);
    expect(directives['connect-src']).toEqual(["'self'", ...PROPS.connectOrigins]);
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
    expect(directives['upgrade-insecure-requests']).toEqual([]);
    expect(config.SecurityHeadersConfig.ContentSecurityPolicy.Override).toBe(true);
    expect(
      config.SecurityHeadersConfig.StrictTransportSecurity.AccessControlMaxAgeSec,
    ).toBeGreaterThanOrEqual(31_536_000);
    expect(config.SecurityHeadersConfig.FrameOptions.FrameOption).toBe('DENY');
  });

  it('writes the runtime config next to the build: the API, and Cognito managed login for the app client', () => {
    const deployments = Object.values(template.findResources('Custom::CDKBucketDeployment')) as Array<{
      Properties: { SourceMarkers?: unknown; SourceObjectKeys: unknown[]; DistributionPaths?: string[] };
    }>;
    expect(deployments).toHaveLength(2);
    const entry = deployments.find((deployment) => deployment.Properties.DistributionPaths);
    expect(entry?.Properties.DistributionPaths).toEqual(['/index.html', '/config.json']);
    expect(entry?.Properties.SourceObjectKeys).toHaveLength(2);
    // The config is an asset of its own (index.html's is the other), staged in the cloud assembly.
    const staged = readdirSync(app.outdir, { recursive: true, encoding: 'utf8' }).filter((path) =>
      path.endsWith('config.json'),
    );
    expect(staged).toHaveLength(1);
    expect(JSON.parse(readFileSync(join(app.outdir, staged[0] ?? ''), 'utf8'))).toEqual({
      apiUrl: PROPS.apiUrl,
      agencyName: PROPS.agencyName,
      auth: { kind: 'cognito', domain: PROPS.auth.domainUrl, clientId: PROPS.auth.clientId },
    });
  });

  it('uses the agency’s domain, with its certificate and TLS 1.2 (2021), when configured', () => {
    const { template: withDomain } = synth({
      ...PROPS,
      domain: {
        names: ['layanan.bkpsdm.kotademo.go.id'],
        certificateArn: 'arn:aws:acm:us-east-1:111111111111:certificate/abc',
      },
    });
    withDomain.hasResourceProperties('AWS::CloudFront::Distribution', {
      DistributionConfig: Match.objectLike({
        Aliases: ['layanan.bkpsdm.kotademo.go.id'],
        ViewerCertificate: Match.objectLike({
          AcmCertificateArn: 'arn:aws:acm:us-east-1:111111111111:certificate/abc',
          MinimumProtocolVersion: 'TLSv1.2_2021',
          SslSupportMethod: 'sni-only',
        }),
      }),
    });
  });

  it('passes cdk-nag AwsSolutions, each acknowledged rule with its reason', () => {
    const report = new AwsSolutionsChecks().validateScope(app);
    expect(
      report.violations.map(
        (violation) => `${violation.ruleName} ${violation.violatingResources[0]?.constructPath}`,
      ),
    ).toEqual([]);
  });
});
