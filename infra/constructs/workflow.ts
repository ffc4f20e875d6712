import { join } from 'node:path';
import { ArnFormat, Duration, NestedStack, RemovalPolicy, Stack } from 'aws-cdk-lib';
import * as events from 'aws-cdk-lib/aws-events';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { Construct } from 'constructs';
import { pascalCase } from '#kernel/naming';
import { EVENT_BUS_PLACEHOLDER, type StepSpec, stepPlaceholder, steps } from '#requests/steps/steps';
import { acknowledgeWildcard } from '../nag';
import { EVENT_SOURCE, NOTICE_STEP, NOTICE_SUBSCRIPTIONS } from '../statemachines/notices';
import { type FunctionResources, ServiceFunction } from './service-function';

const STATE_MACHINES_DIR = join(import.meta.dirname, '..', '..', 'statemachines');

export interface WorkflowProps {
  readonly bundleDir: string;
  readonly resources: FunctionResources;
  readonly logRetention: logs.RetentionDays;
  /** Days the bus keeps published domain events for replay. */
  readonly eventArchiveDays: number;
}

/**
 * The service-request state machine, loaded from statemachines/service-request.asl.json (the
 * file auditors read) with each `${XFunctionArn}` replaced by the step function's ARN, logged
 * in full and traced; and the EventBridge bus it publishes domain events to (docs/events.md).
 */
export class Workflow extends Construct {
  readonly stateMachine: sfn.StateMachine;
  readonly bus: events.EventBus;
  /** Name and ARN as plain strings, for the functions that resume or start it. */
  readonly reference: { readonly name: string; readonly arn: string };

  constructor(scope: Construct, id: string, props: WorkflowProps) {
    super(scope, id);
    const stack = Stack.of(this);
    const name = `${stack.stackName}-service-request`;
    this.reference = {
      name,
      arn: stack.formatArn({
        service: 'states',
        resource: 'stateMachine',
        resourceName: name,
        arnFormat: ArnFormat.COLON_RESOURCE_NAME,
      }),
    };
    this.bus = new events.EventBus(this, 'DomainEvents', {
      description: 'Layanan ASN Terpadu domain events (RequestSubmitted, DocumentIssued, …)',
    });
    this.bus.archive('DomainEventArchive', {
      eventPattern: { source: [EVENT_SOURCE] },
      retention: Duration.days(props.eventArchiveDays),
    });

    const role = new iam.Role(this, 'Role', {
      assumedBy: new iam.ServicePrincipal('states.amazonaws.com'),
      description: 'Runs the service-request state machine',
    });
    role.addToPolicy(
      new iam.PolicyStatement({ actions: ['events:PutEvents'], resources: [this.bus.eventBusArn] }),
    );
    const substitutions: Record<string, string> = { [EVENT_BUS_PLACEHOLDER]: this.bus.eventBusName };
    const functions = new Map<string, ServiceFunction>();
    for (const step of Object.values(steps) as StepSpec[]) {
      const fn = new ServiceFunction(this, `Step${pascalCase(step.handler)}`, {
        handler: `steps/${step.handler}`,
        bundleDir: props.bundleDir,
        access: step.access,
        resources: { ...props.resources, stateMachine: this.reference },
        logRetention: props.logRetention,
        timeout: Duration.seconds(30),
      });
      functions.set(step.handler, fn);
      substitutions[stepPlaceholder(step)] = fn.function.functionArn;
      // Unqualified ARN only: the definition never invokes versions or aliases.
      role.addToPolicy(
        new iam.PolicyStatement({ actions: ['lambda:InvokeFunction'], resources: [fn.function.functionArn] }),
      );
    }

    // The applicant's notices: each follows the event the workflow publishes (notices.ts). Their
    // rules live in a nested stack of their own, with one permission for all of them, so the
    // main template keeps its room under CloudFormation's resource limit.
    const notify = functions.get(NOTICE_STEP.handler);
    if (!notify) throw new Error(`No function for ${NOTICE_STEP.handler}`);
    const notices = new NestedStack(this, 'Notices', {
      description: "The applicant's notices, each mailed when the workflow publishes its event",
    });
    for (const [detailType, notice] of Object.entries(NOTICE_SUBSCRIPTIONS)) {
      new events.CfnRule(notices, `Notice${pascalCase(notice.toLowerCase().replaceAll('_', '-'))}`, {
        eventBusName: this.bus.eventBusName,
        description: `Mails the applicant the ${notice} notice when ${detailType} is published`,
        eventPattern: { source: [EVENT_SOURCE], 'detail-type': [detailType] },
        targets: [
          {
            id: 'NotifyApplicant',
            arn: notify.function.functionArn,
            inputTransformer: {
              inputPathsMap: { requestId: '$.detail.requestId', eventId: '$.id' },
              inputTemplate: `{"requestId": <requestId>, "notice": ${JSON.stringify(notice)}, "eventId": <eventId>}`,
            },
            retryPolicy: { maximumRetryAttempts: 4, maximumEventAgeInSeconds: 6 * 3600 },
          },
        ],
      });
    }
    new lambda.CfnPermission(notices, 'BusInvokesNotifyApplicant', {
      action: 'lambda:InvokeFunction',
      functionName: notify.function.functionArn,
      principal: 'events.amazonaws.com',
      sourceArn: Stack.of(notices).formatArn({
        service: 'events',
        resource: 'rule',
        resourceName: `${this.bus.eventBusName}/*`,
      }),
    });

    const logGroup = new logs.LogGroup(this, 'ExecutionLogs', {
      retention: props.logRetention,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    this.stateMachine = new sfn.StateMachine(this, 'ServiceRequest', {
      stateMachineName: name,
      definitionBody: sfn.DefinitionBody.fromFile(join(STATE_MACHINES_DIR, 'service-request.asl.json')),
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
