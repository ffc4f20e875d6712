import { Duration, Stack } from 'aws-cdk-lib';
import * as events from 'aws-cdk-lib/aws-events';
import * as targets from 'aws-cdk-lib/aws-events-targets';
import type * as logs from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { type JobSpec, jobs } from '#app/jobs';
import { pascalCase } from '#kernel/naming';
import { type FunctionResources, ServiceFunction } from './service-function';

export interface JobsProps {
  readonly bundleDir: string;
  readonly resources: FunctionResources;
  readonly logRetention: logs.RetentionDays;
}

/**
 * Background functions (functions/app/jobs.ts): those with a schedule run on an EventBridge
 * rule; the others are started asynchronously by an API function (the employee import).
 */
export class Jobs extends Construct {
  readonly functions: Record<keyof typeof jobs, ServiceFunction>;

  constructor(scope: Construct, id: string, props: JobsProps) {
    super(scope, id);
    let root = Stack.of(this);
    while (root.nestedStackParent) root = root.nestedStackParent;
    const entries = (Object.entries(jobs) as Array<[keyof typeof jobs, JobSpec]>).map(([name, job]) => {
      const fn = new ServiceFunction(this, `Job${pascalCase(job.handler)}`, {
        handler: `jobs/${job.handler}`,
        bundleDir: props.bundleDir,
        access: job.access,
        resources: props.resources,
        logRetention: props.logRetention,
        timeout: Duration.seconds(job.timeoutSeconds ?? 60),
        memorySize: 1024,
      });
      if (job.everyMinutes) {
        new events.Rule(this, `Every${pascalCase(job.handler)}`, {
          // Named for the runbooks, which disable and enable them: LayananAsn-<code>-deliver-outbox.
          ruleName: `${root.stackName}-${job.handler}`,
          schedule: events.Schedule.rate(Duration.minutes(job.everyMinutes)),
          targets: [new targets.LambdaFunction(fn.function, { retryAttempts: 0 })],
        });
      }
      return [name, fn] as const;
    });
    this.functions = Object.fromEntries(entries) as Record<keyof typeof jobs, ServiceFunction>;
  }
}
