import { Duration, Lazy, RemovalPolicy } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import { Construct } from 'constructs';

/**
 * The agency's document-signing key: ECC P-256 in KMS, never leaving it. Its key policy lets no
 * principal sign except the roles registered with `allowSigner` (the issuing function): not even
 * an administrator of the account can sign a document with it through the console or the CLI.
 */
export class Signing extends Construct {
  readonly key: kms.Key;
  private readonly signers: string[] = [];

  constructor(scope: Construct, id: string) {
    super(scope, id);
    this.key = new kms.Key(this, 'Key', {
      description: 'Layanan ASN Terpadu: signs the SHA-256 digests of issued documents',
      keySpec: kms.KeySpec.ECC_NIST_P256,
      keyUsage: kms.KeyUsage.SIGN_VERIFY,
      // A deleted key would leave every issued document unverifiable.
      removalPolicy: RemovalPolicy.RETAIN,
      pendingWindow: Duration.days(30),
    });
    this.key.addToResourcePolicy(
      new iam.PolicyStatement({
        sid: 'OnlyTheIssuingFunctionSigns',
        effect: iam.Effect.DENY,
        principals: [new iam.AnyPrincipal()],
        actions: ['kms:Sign'],
        resources: ['*'],
        conditions: {
          ArnNotEquals: { 'aws:PrincipalArn': Lazy.list({ produce: () => this.signers }) },
        },
      }),
    );
  }

  /** Lets `role` sign with the key (its own IAM policy must allow it too). */
  allowSigner(role: iam.IRole): void {
    this.signers.push(role.roleArn);
  }
}
