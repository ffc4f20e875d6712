import { Stack, Validations } from 'aws-cdk-lib';
// Not re-exported by cdk-nag's index; used so acknowledgements name findings exactly as cdk-nag does.
import { flattenCfnReference } from 'cdk-nag/lib/utils/flatten-cfn-reference.js';
import type { IConstruct } from 'constructs';

/** The metadata type under which CDK records acknowledged validation findings. */
const ACKNOWLEDGED = 'aws:cdk:acknowledged-rules';

/**
 * Acknowledges one AwsSolutions-IAM5 finding (a wildcard in a policy) on `scope` and its
 * children. `resource` is the policy's resource as written in code (tokens allowed); it is
 * rendered the way cdk-nag names the finding, so the acknowledgement stays exact.
 *
 * The name is rendered when the findings are checked, not now: in a nested stack a reference to
 * the parent's bucket becomes a parameter (`<referenceto…Arn>`) only when the app is prepared.
 * The metadata entry is a CDK acknowledgement (as `Validations.acknowledge` records it) whose
 * one key is computed on first read.
 */
export function acknowledgeWildcard(scope: IConstruct, resource: string, reason: string): void {
  let id: string | undefined;
  const key = () =>
    (id ??= `Annotation::AwsSolutions-IAM5[Resource::${flattenCfnReference(Stack.of(scope).resolve(resource))}]`);
  const entry = new Proxy<Record<string, string>>(
    {},
    {
      ownKeys: () => [key()],
      getOwnPropertyDescriptor: (_target, property) =>
        property === key()
          ? { value: reason, enumerable: true, configurable: true, writable: false }
          : undefined,
      get: (_target, property) => (property === key() ? reason : undefined),
    },
  );
  scope.node.addMetadata(ACKNOWLEDGED, entry);
}

/** Acknowledges a cdk-nag AwsSolutions rule on `scope` and its children, with the reason it does not apply. */
export function acknowledge(scope: IConstruct, rule: string, reason: string): void {
  Validations.of(scope).acknowledge({ id: `AwsSolutions-${rule}`, reason });
}
