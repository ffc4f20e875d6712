import { Duration, RemovalPolicy, Stack } from 'aws-cdk-lib';
import * as cognito from 'aws-cdk-lib/aws-cognito';
import * as iam from 'aws-cdk-lib/aws-iam';
import { Construct } from 'constructs';
import { ROLE_LABELS, ROLES } from '#domain/roles';
import { acknowledge, acknowledgeWildcard } from '../nag';
import type { ServiceFunction } from './service-function';

export interface AuthProps {
  /** ESSENTIALS, or PLUS for Cognito's threat protection (adaptive authentication, compromised credentials). */
  readonly featurePlan: 'ESSENTIALS' | 'PLUS';
  /** Where the portal runs: the only callback and sign-out target. */
  readonly portalUrl: string;
}

/**
 * Accounts: a user pool without self sign-up (accounts are issued by Admin BKPSDM, Kediri
 * Pasal 5(3)), one group per role, and NIP and unit as custom attributes only admins can set.
 */
export class Auth extends Construct {
  readonly userPool: cognito.UserPool;
  readonly portalClient: cognito.UserPoolClient;

  constructor(scope: Construct, id: string, props: AuthProps) {
    super(scope, id);
    const plus = props.featurePlan === 'PLUS';
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
      mfa: cognito.Mfa.OPTIONAL,
      mfaSecondFactor: { otp: true, sms: false },
      accountRecovery: cognito.AccountRecovery.EMAIL_ONLY,
      featurePlan: plus ? cognito.FeaturePlan.PLUS : cognito.FeaturePlan.ESSENTIALS,
      ...(plus && { standardThreatProtectionMode: cognito.StandardThreatProtectionMode.FULL_FUNCTION }),
      deletionProtection: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    acknowledge(
      this.userPool,
      'COG2',
      'MFA is optional at pool level so the agency’s ASN can sign in without an authenticator app; ' +
        'officials, verifiers and admins get their roles only after a TOTP sign-in (the pre-token trigger and the API enforce it).',
    );
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

    // Users may change their name and e-mail; NIP, unit and division are set by admins only.
    const readable = new cognito.ClientAttributes()
      .withStandardAttributes({ email: true, emailVerified: true, fullname: true })
      .withCustomAttributes('nip', 'unit', 'division');
    const writable = new cognito.ClientAttributes().withStandardAttributes({ email: true, fullname: true });
    this.portalClient = this.userPool.addClient('Portal', {
      generateSecret: false,
      authFlows: { userSrp: true },
      preventUserExistenceErrors: true,
      readAttributes: readable,
      writeAttributes: writable,
      idTokenValidity: Duration.hours(1),
      accessTokenValidity: Duration.hours(1),
      refreshTokenValidity: Duration.days(1),
      enableTokenRevocation: true,
      oAuth: {
        flows: { authorizationCodeGrant: true },
        scopes: [cognito.OAuthScope.OPENID, cognito.OAuthScope.EMAIL, cognito.OAuthScope.PROFILE],
        callbackUrls: [props.portalUrl],
        logoutUrls: [props.portalUrl],
      },
    });
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
