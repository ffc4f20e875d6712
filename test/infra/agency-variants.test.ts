import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { App } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { AwsSolutionsChecks } from 'cdk-nag';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '#infra/app';
import { RESOURCE_ENV } from '#kernel/resources';
import { portalSite } from '#kit/portal-site';

const ROOT = join(import.meta.dirname, '..', '..');
const CERTIFICATE = 'arn:aws:acm:us-east-1:123456789012:certificate/0f1e2d3c-4b5a-6978-8695-a4b3c2d1e0f9';

/**
 * A development deployment with what the demo does not have: a sign-in domain of the agency's
 * own, Cognito's mail through SES once the domain is verified, TOTP for everyone, a front end on
 * a developer's machine, and no API domain (QR codes then print the API's own address).
 */
const variant = {
  ...(JSON.parse(readFileSync(join(ROOT, 'config', 'agencies', 'demo.json'), 'utf8')) as Record<
    string,
    unknown
  >),
  agency: { code: 'uji', name: 'BKD Kabupaten Uji', region: 'ap-southeast-3' },
  environment: 'development',
  domains: { signIn: { name: 'masuk.layanan.uji.go.id', certificateArn: CERTIFICATE } },
  frontEnds: [{ name: 'portal-dev', callbackUrls: ['http://localhost:5173/masuk'] }],
  mail: { sender: 'layanan@bkd.uji.go.id', replyTo: 'helpdesk@bkd.uji.go.id', domainVerified: true },
  cognito: { featurePlan: 'ESSENTIALS', mfa: 'REQUIRED' },
};

let app: App;
let template: Template;

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'agency-variant-'));
  mkdirSync(join(dir, 'agencies'));
  mkdirSync(join(dir, 'calendars'));
  writeFileSync(join(dir, 'agencies', 'uji.json'), JSON.stringify(variant));
  writeFileSync(
    join(dir, 'calendars', 'indonesia.json'),
    readFileSync(join(ROOT, 'config', 'calendars', 'indonesia.json')),
  );
  const { context } = JSON.parse(readFileSync(join(ROOT, 'cdk.json'), 'utf8')) as {
    context: Record<string, unknown>;
  };
  app = new App({ context, outdir: mkdtempSync(join(tmpdir(), 'cdk-variant-')) });
  template = Template.fromStack(await buildApp(app, 'uji', dir, portalSite()));
});

describe('a development agency with its own sign-in domain and a verified sender', () => {
  it('passes cdk-nag AwsSolutions with no unacknowledged finding, MFA required needing no acknowledgement', () => {
    const report = new AwsSolutionsChecks().validateScope(app);
    expect(report.violations.map((violation) => violation.ruleName)).toEqual([]);
    template.hasResourceProperties('AWS::Cognito::UserPool', {
      MfaConfiguration: 'ON',
      EnabledMfas: ['SOFTWARE_TOKEN_MFA'],
    });
  });

  it('serves managed login at the agency’s own name with its us-east-1 certificate, and says where to point the name', () => {
    template.hasResourceProperties('AWS::Cognito::UserPoolDomain', {
      Domain: 'masuk.layanan.uji.go.id',
      CustomDomainConfig: { CertificateArn: CERTIFICATE },
      ManagedLoginVersion: 2,
    });
    template.hasOutput('SignInDomainTarget', {
      Value: { 'Fn::GetAtt': [Match.anyValue(), 'CloudFrontDistribution'] },
    });
  });

  it('sends Cognito’s mail through SES from the agency’s sender and configuration set', () => {
    template.hasResourceProperties('AWS::Cognito::UserPool', {
      EmailConfiguration: {
        EmailSendingAccount: 'DEVELOPER',
        From: 'Layanan ASN Terpadu BKD Kabupaten Uji <layanan@bkd.uji.go.id>',
        ReplyToEmailAddress: 'helpdesk@bkd.uji.go.id',
        SourceArn: {
          'Fn::Join': ['', Match.arrayWith([':identity/bkd.uji.go.id'])],
        },
        ConfigurationSet: { Ref: Match.anyValue() },
      },
    });
  });

  it('gives Cognito the invitation and reset code in Bahasa Indonesia, with the agency’s name and the portal', () => {
    const [pool] = Object.values(template.findResources('AWS::Cognito::UserPool'));
    const invite = pool?.Properties.AdminCreateUserConfig.InviteMessageTemplate as Record<string, string>;
    expect(invite.EmailSubject).toBe('Akun Layanan ASN Terpadu BKD Kabupaten Uji');
    for (const part of [
      '{username}',
      '{####}',
      'Kata sandi sementara',
      'https://layanan.bkpsdm.kotademo.go.id',
    ]) {
      expect(invite.EmailMessage).toContain(part);
    }
    expect(pool?.Properties.VerificationMessageTemplate).toMatchObject({
      DefaultEmailOption: 'CONFIRM_WITH_CODE',
      EmailSubject: 'Kode atur ulang kata sandi Layanan ASN Terpadu BKD Kabupaten Uji',
      EmailMessage: expect.stringContaining('{####}'),
    });
  });

  it('returns tokens to http://localhost for a developer’s front end', () => {
    template.hasResourceProperties('AWS::Cognito::UserPoolClient', {
      CallbackURLs: ['http://localhost:5173/masuk'],
      LogoutURLs: ['http://localhost:5173/masuk'],
      AllowedOAuthFlows: ['code'],
    });
  });

  it('creates no API domain, and prints the API’s own address in QR codes', () => {
    template.resourceCountIs('AWS::ApiGateway::DomainName', 0);
    template.resourceCountIs('AWS::CertificateManager::Certificate', 0);
    const functions = Object.values(template.findResources('AWS::Lambda::Function'));
    const link = functions.find((fn) => fn.Properties.Description === 'steps/issue-document')?.Properties
      .Environment.Variables[RESOURCE_ENV.api];
    expect(JSON.stringify(link)).toContain('.execute-api.');
  });
});
