import { join } from 'node:path';
import { RemovalPolicy } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { Construct } from 'constructs';
import { type StepSpec, stepPlaceholder, steps } from '#steps/steps';
import { acknowledgeWildcard } from '../nag';
import { type FunctionResources, ServiceFunction } from './service-function';

const STATE_MACHINES_DIR = join(import.meta.dirname, '..', '..', 'statemachines');

export interface WorkflowProps {
  readonly bundleDir: string;
  readonly resources: FunctionResources;
  readonly logRetention: logs.RetentionDays;
}

/**
 * The service-request state machine, loaded from statemachines/service-request.asl.json (the
 * file auditors read) with each `${XFunctionArn}` replaced by the step function's ARN; its
 * history is logged in full and traced.
 */
export class Workflow extends Construct {
  readonly stateMachine: sfn.StateMachine;
  readonly functions: Record<string, ServiceFunction> = {};

  constructor(scope: Construct, id: string, props: WorkflowProps) {
    super(scope, id);
    const file = join(STATE_MACHINES_DIR, 'service-request.asl.json');
    const substitutions: Record<string, string> = {};
    const role = new iam.Role(this, 'Role', {
      assumedBy: new iam.ServicePrincipal('states.amazonaws.com'),
      description: 'Runs the service-request state machine',
    });
    for (const [name, step] of Object.entries(steps) as Array<[string, StepSpec]>) {
      const placeholder = stepPlaceholder(step);
      const fn = new ServiceFunction(this, `Step${placeholder.replace(/FunctionArn$/, '')}`, {
        handler: `steps/${step.handler}`,
        bundleDir: props.bundleDir,
        access: step.access,
        resources: props.resources,
        logRetention: props.logRetention,
      });
      this.functions[name] = fn;
      substitutions[placeholder] = fn.function.functionArn;
      // Unqualified ARN only: the definition never invokes versions or aliases.
      role.addToPolicy(
        new iam.PolicyStatement({ actions: ['lambda:InvokeFunction'], resources: [fn.function.functionArn] }),
      );
    }

    const logGroup = new logs.LogGroup(this, 'ExecutionLogs', {
      retention: props.logRetention,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    this.stateMachine = new sfn.StateMachine(this, 'ServiceRequest', {
      definitionBody: sfn.DefinitionBody.fromFile(file),
      definitionSubstitutions: substitutions,
      stateMachineType: sfn.StateMachineType.STANDARD,
      role,
      logs: { destination: logGroup, level: sfn.LogLevel.ALL, includeExecutionData: true },
      tracingEnabled: true,
    });
    acknowledgeWildcard(
      this,
      '*',
      'Step Functions log delivery (logs:*LogDelivery, DescribeResourcePolicies…) and X-Ray support no resource-level permissions.',
    );
  }
}
