import { Duration, RemovalPolicy, Stack } from 'aws-cdk-lib';
import * as acm from 'aws-cdk-lib/aws-certificatemanager';
import * as cognito from 'aws-cdk-lib/aws-cognito';
import * as iam from 'aws-cdk-lib/aws-iam';
import { Construct } from 'constructs';
import { type AccountMail, invitationMail, passwordResetMail } from '#accounts/domain/account-mail';
import { ROLE_LABELS, ROLES } from '#kernel/domain/roles';
import { INTEGRATION_RESOURCE_SERVER, INTEGRATION_SCOPES } from '#kernel/http/integration-scopes';
import { pascalCase } from '#kernel/naming';
import { acknowledge, acknowledgeWildcard } from '../nag';
import type { ServiceFunction } from './service-function';

/** A front end that signs people in through managed login: where Cognito may send them back. */
export interface SignInClient {
  readonly callbackUrls: readonly string[];
  /** Where sign-out returns; the callback URLs when empty. */
  readonly logoutUrls: readonly string[];
}

export interface AuthProps {
  /** The agency's name, in the mail Cognito sends. */
  readonly agencyName: string;
  /** ESSENTIALS, or PLUS for Cognito's threat protection (adaptive authentication, compromised credentials). */
  readonly featurePlan: 'ESSENTIALS' | 'PLUS';
  /** OPTIONAL: TOTP for the roles that need it (enforced by the API); REQUIRED: everyone enrols at first sign-in. */
  readonly mfa: 'OPTIONAL' | 'REQUIRED';
  /** Where the portal runs: the portal client's callback and sign-out target, and the link in Cognito's mail. */
  readonly portalUrl: string;
  /** Front ends the agency registers besides the portal, by name; each gets an app client of its own. */
  readonly frontEnds: Readonly<Record<string, SignInClient>>;
  /** Managed login's address: a prefix of Cognito's domain, or the agency's own name with a us-east-1 certificate. */
  readonly domain: { readonly prefix: string } | { readonly name: string; readonly certificateArn: string };
  /**
   * Cognito sends its mail through SES from the agency's sender, once SES has verified the domain
   * (Cognito refuses an unverified sender when the pool is created or updated).
   * @default Cognito's own sender (50 mails a day)
   */
  readonly mail?: {
    readonly sender: string;
    readonly replyTo?: string;
    readonly configurationSetName: string;
  };
}

/** Tokens the people's clients hold: an hour of access, a day before signing in again. */
const USER_TOKENS = {
  idTokenValidity: Duration.hours(1),
  accessTokenValidity: Duration.hours(1),
  refreshTokenValidity: Duration.days(1),
  enableTokenRevocation: true,
  preventUserExistenceErrors: true,
} as const;

/**
 * Accounts: a user pool without self sign-up (accounts are issued by Admin BKPSDM, Kediri
 * Pasal 5(3)), one group per role, and NIP and unit as custom attributes only admins can set;
 * managed login at the agency's sign-in domain with an OAuth 2.0 authorisation-code client (PKCE,
 * no secret) for the portal and for each registered front end; a client-credentials client for
 * the agency's scripts, limited to read-only scopes; Cognito's mail in Bahasa Indonesia.
 */
export class Auth extends Construct {
  readonly userPool: cognito.UserPool;
  readonly domain: cognito.UserPoolDomain;
  /** Managed login's base URL (`https://…`): `/oauth2/authorize`, `/oauth2/token`, `/logout` live under it. */
  readonly domainUrl: string;
  /** The portal's app client: authorisation code with PKCE, no secret. */
  readonly portalClient: cognito.UserPoolClient;
  /** One app client per registered front end, by its name in the config. */
  readonly frontEndClients: Readonly<Record<string, cognito.UserPoolClient>>;
  /** The agency's scripts and integrations: client credentials, read-only scopes. */
  readonly integrationClient: cognito.UserPoolClient;
  /** For operators at a terminal (curl): username, password and TOTP through the AWS CLI. */
  readonly cliClient: cognito.UserPoolClient;
  readonly resourceServer: cognito.UserPoolResourceServer;
  /** The CloudFront name the agency's own sign-in domain must point at, when it has one. */
  readonly domainTarget?: string;

  constructor(scope: Construct, id: string, props: AuthProps) {
    super(scope, id);
    const plus = props.featurePlan === 'PLUS';
    const mail = (template: AccountMail) => ({ emailSubject: template.subject, emailBody: template.body });
    const context = { agencyName: props.agencyName, portalUrl: props.portalUrl };
    this.userPool = new cognito.UserPool(this, 'Users', {
      selfSignUpEnabled: false,
      signInAliases: { username: true, email: true },
      signInCaseSensitive: false,
      autoVerify: { email: true },
      standardAttributes: {
        email: { required: true, mutable: true },
        fullname: { required: true, mutable: true },
      },
      customAttributes: {
        nip: new cognito.StringAttribute({ minLen: 18, maxLen: 18, mutable: true }),
        unit: new cognito.StringAttribute({ minLen: 1, maxLen: 40, mutable: true }),
        division: new cognito.StringAttribute({ minLen: 2, maxLen: 30, mutable: true }),
      },
      passwordPolicy: {
        minLength: 12,
        requireLowercase: true,
        requireUppercase: true,
        requireDigits: true,
        requireSymbols: true,
        tempPasswordValidity: Duration.days(3),
      },
      mfa: props.mfa === 'REQUIRED' ? cognito.Mfa.REQUIRED : cognito.Mfa.OPTIONAL,
      mfaSecondFactor: { otp: true, sms: false },
      accountRecovery: cognito.AccountRecovery.EMAIL_ONLY,
      featurePlan: plus ? cognito.FeaturePlan.PLUS : cognito.FeaturePlan.ESSENTIALS,
      ...(plus && { standardThreatProtectionMode: cognito.StandardThreatProtectionMode.FULL_FUNCTION }),
      // Templates, not a custom message trigger: the text depends only on the config, and no
      // function stands between an admin and the invitation (a failing trigger would stop it).
      // Cognito takes email templates only with an SES sender of the agency's own.
      ...(props.mail && {
        userInvitation: mail(invitationMail(context)),
        userVerification: {
          ...mail(passwordResetMail(context)),
          emailStyle: cognito.VerificationEmailStyle.CODE,
        },
      }),
      email: props.mail
        ? cognito.UserPoolEmail.withSES({
            fromEmail: props.mail.sender,
            fromName: `Layanan ASN Terpadu ${props.agencyName}`,
            ...(props.mail.replyTo && { replyTo: props.mail.replyTo }),
            configurationSetName: props.mail.configurationSetName,
            sesVerifiedDomain: props.mail.sender.slice(props.mail.sender.indexOf('@') + 1),
          })
        : cognito.UserPoolEmail.withCognito(),
      deletionProtection: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    if (props.mfa === 'OPTIONAL') {
      acknowledge(
        this.userPool,
        'COG2',
        'MFA is optional at pool level so the agency’s ASN can sign in without an authenticator app; ' +
          'officials, verifiers and admins get their roles only after a TOTP sign-in (the pre-token trigger and the API enforce it).',
      );
    }
    if (!plus) {
      acknowledge(
        this.userPool,
        'COG8',
        'The agency chose the Essentials plan in its config (cognito.featurePlan): accounts are issued by admins only, ' +
          'and Plus is billed per active user with no free tier. Set featurePlan to PLUS to enable threat protection.',
      );
    }

    for (const role of ROLES) {
      new cognito.CfnUserPoolGroup(this, `Group${role}`, {
        userPoolId: this.userPool.userPoolId,
        groupName: role,
        description: ROLE_LABELS[role],
      });
    }

    this.domain = this.userPool.addDomain('SignIn', {
      ...('prefix' in props.domain
        ? { cognitoDomain: { domainPrefix: props.domain.prefix } }
        : {
            customDomain: {
              domainName: props.domain.name,
              certificate: acm.Certificate.fromCertificateArn(
                this,
                'SignInCertificate',
                props.domain.certificateArn,
              ),
            },
          }),
      managedLoginVersion: cognito.ManagedLoginVersion.NEWER_MANAGED_LOGIN,
    });
    this.domainUrl = this.domain.baseUrl();
    if ('name' in props.domain) {
      this.domainTarget = (
        this.domain.node.defaultChild as cognito.CfnUserPoolDomain
      ).attrCloudFrontDistribution;
    }

    // The portal returns from managed login to its callback page, and from sign-out to its home.
    const portal = props.portalUrl.replace(/\/$/, '');
    this.portalClient = this.addSignInClient('Portal', {
      callbackUrls: [`${portal}/masuk/callback`],
      logoutUrls: [`${portal}/`],
    });
    this.frontEndClients = Object.fromEntries(
      Object.entries(props.frontEnds).map(([name, frontEnd]) => [
        name,
        this.addSignInClient(`FrontEnd${pascalCase(name)}`, frontEnd),
      ]),
    );

    this.resourceServer = this.userPool.addResourceServer('Api', {
      identifier: INTEGRATION_RESOURCE_SERVER,
      userPoolResourceServerName: 'Layanan ASN Terpadu API',
      scopes: Object.entries(INTEGRATION_SCOPES).map(
        ([scopeName, scopeDescription]) => new cognito.ResourceServerScope({ scopeName, scopeDescription }),
      ),
    });
    this.integrationClient = this.userPool.addClient('Integration', {
      generateSecret: true,
      // No user sign-in of any kind: this client only ever holds its own credentials.
      authFlows: { userPassword: false, userSrp: false },
      oAuth: {
        flows: { clientCredentials: true },
        scopes: Object.keys(INTEGRATION_SCOPES).map((scopeName) =>
          cognito.OAuthScope.custom(`${INTEGRATION_RESOURCE_SERVER}/${scopeName}`),
        ),
      },
      accessTokenValidity: Duration.hours(1),
      enableTokenRevocation: true,
    });
    this.integrationClient.node.addDependency(this.resourceServer);

    this.cliClient = this.userPool.addClient('OperatorCli', {
      generateSecret: false,
      authFlows: { userPassword: true },
      disableOAuth: true,
      ...USER_TOKENS,
    });
  }

  /**
   * An app client for managed login: authorisation code only (the client sends a PKCE challenge;
   * without a secret nothing else could prove it is the client), no implicit grant, tokens
   * returned only to the registered https addresses. `aws.cognito.signin.user.admin` lets the
   * signed-in user enrol TOTP and change their password with their own access token.
   */
  private addSignInClient(id: string, urls: SignInClient): cognito.UserPoolClient {
    // Users may change their name and e-mail; NIP, unit and division are set by admins only.
    const client = this.userPool.addClient(id, {
      generateSecret: false,
      authFlows: { userSrp: true },
      readAttributes: new cognito.ClientAttributes()
        .withStandardAttributes({ email: true, emailVerified: true, fullname: true })
        .withCustomAttributes('nip', 'unit', 'division'),
      writeAttributes: new cognito.ClientAttributes().withStandardAttributes({ email: true, fullname: true }),
      supportedIdentityProviders: [cognito.UserPoolClientIdentityProvider.COGNITO],
      oAuth: {
        flows: { authorizationCodeGrant: true, implicitCodeGrant: false },
        scopes: [
          cognito.OAuthScope.OPENID,
          cognito.OAuthScope.EMAIL,
          cognito.OAuthScope.PROFILE,
          cognito.OAuthScope.COGNITO_ADMIN,
        ],
        callbackUrls: [...urls.callbackUrls],
        logoutUrls: [...(urls.logoutUrls.length > 0 ? urls.logoutUrls : urls.callbackUrls)],
      },
      ...USER_TOKENS,
    });
    // Managed login serves a client only once a style is assigned to it: Cognito's own, here,
    // after the domain that serves managed login exists.
    const style = new cognito.CfnManagedLoginBranding(this, `${id}Style`, {
      userPoolId: this.userPool.userPoolId,
      clientId: client.userPoolClientId,
      useCognitoProvidedValues: true,
    });
    style.node.addDependency(this.domain);
    return client;
  }

  /**
   * Officials, verifiers and admins must sign in with TOTP (MFA_ROLES): the pre-token trigger
   * adds an `mfa` claim when the user has TOTP enabled, and the API counts those roles only with
   * it. The trigger reads the user from the pool; naming the pool here would be a cycle (the pool
   * names its trigger), so the grant is for the user pools of this account and region.
   */
  addMfaClaims(trigger: ServiceFunction): void {
    this.userPool.addTrigger(cognito.UserPoolOperation.PRE_TOKEN_GENERATION, trigger.function);
    const pools = Stack.of(this).formatArn({
      service: 'cognito-idp',
      resource: 'userpool',
      resourceName: '*',
    });
    trigger.function.addToRolePolicy(
      new iam.PolicyStatement({ actions: ['cognito-idp:AdminGetUser'], resources: [pools] }),
    );
    acknowledgeWildcard(
      trigger,
      pools,
      'The pool names its trigger, so the trigger cannot name the pool; AdminGetUser only, in this account and region.',
    );
  }
}
