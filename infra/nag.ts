import { Stack, Validations } from 'aws-cdk-lib';
// Not re-exported by cdk-nag's index; used so acknowledgements name findings exactly as cdk-nag does.
import { flattenCfnReference } from 'cdk-nag/lib/utils/flatten-cfn-reference.js';
import type { IConstruct } from 'constructs';

/**
 * Acknowledges one AwsSolutions-IAM5 finding (a wildcard in a policy) on `scope` and its
 * children. `resource` is the policy's resource as written in code (tokens allowed); it is
 * rendered the way cdk-nag names the finding, so the acknowledgement stays exact.
 */
export function acknowledgeWildcard(scope: IConstruct, resource: string, reason: string): void {
  const rendered = flattenCfnReference(Stack.of(scope).resolve(resource));
  Validations.of(scope).acknowledge({ id: `AwsSolutions-IAM5[Resource::${rendered}]`, reason });
}

/** Acknowledges a cdk-nag AwsSolutions rule on `scope` and its children, with the reason it does not apply. */
export function acknowledge(scope: IConstruct, rule: string, reason: string): void {
  Validations.of(scope).acknowledge({ id: `AwsSolutions-${rule}`, reason });
}
