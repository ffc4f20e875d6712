import { Duration } from 'aws-cdk-lib';
import type * as apigateway from 'aws-cdk-lib/aws-apigateway';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import * as actions from 'aws-cdk-lib/aws-cloudwatch-actions';
import type * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as iam from 'aws-cdk-lib/aws-iam';
import type * as kms from 'aws-cdk-lib/aws-kms';
import * as sns from 'aws-cdk-lib/aws-sns';
import * as subscriptions from 'aws-cdk-lib/aws-sns-subscriptions';
import type * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { Construct } from 'constructs';

export interface ObservabilityProps {
  readonly stateMachine: sfn.StateMachine;
  readonly restApi: apigateway.RestApi;
  readonly table: dynamodb.ITable;
  /** Encrypts the alarm topic. */
  readonly key: kms.Key;
  /** Where alarms are mailed; without it they show in the console only. */
  readonly alarmEmail?: string;
}

/**
 * Alarms on what needs a person: a request's workflow failing or timing out, the API answering
 * 5xx, and throttling of Lambda, DynamoDB or Step Functions. Each goes to one topic.
 */
export class Observability extends Construct {
  readonly topic: sns.Topic;
  readonly alarms: cloudwatch.Alarm[] = [];

  constructor(scope: Construct, id: string, props: ObservabilityProps) {
    super(scope, id);
    this.topic = new sns.Topic(this, 'Alarms', { masterKey: props.key, enforceSSL: true });
    props.key.grant(
      new iam.ServicePrincipal('cloudwatch.amazonaws.com'),
      'kms:Decrypt',
      'kms:GenerateDataKey',
    );
    if (props.alarmEmail) this.topic.addSubscription(new subscriptions.EmailSubscription(props.alarmEmail));

    const period = Duration.minutes(5);
    const api = (metricName: string) =>
      new cloudwatch.Metric({
        namespace: 'AWS/ApiGateway',
        metricName,
        dimensionsMap: { ApiName: props.restApi.restApiName, Stage: props.restApi.deploymentStage.stageName },
        statistic: 'Sum',
        period,
      });
    this.alarm(
      'WorkflowFailed',
      props.stateMachine.metricFailed({ period, statistic: 'Sum' }),
      'A request workflow failed: read the request audit trail and the execution history.',
    );
    this.alarm(
      'WorkflowTimedOut',
      props.stateMachine.metricTimedOut({ period, statistic: 'Sum' }),
      'A request workflow timed out.',
    );
    this.alarm(
      'WorkflowThrottled',
      props.stateMachine.metricThrottled({ period, statistic: 'Sum' }),
      'Step Functions throttled the workflow.',
    );
    this.alarm('ApiServerErrors', api('5XXError'), 'The API answered with server errors.');
    this.alarm(
      'LambdaThrottled',
      new cloudwatch.Metric({ namespace: 'AWS/Lambda', metricName: 'Throttles', statistic: 'Sum', period }),
      'Lambda throttled invocations in this account and region.',
    );
    this.alarm(
      'TableThrottled',
      new cloudwatch.MathExpression({
        expression: 'read + write',
        usingMetrics: {
          read: props.table.metric('ReadThrottleEvents', { statistic: 'Sum', period }),
          write: props.table.metric('WriteThrottleEvents', { statistic: 'Sum', period }),
        },
        period,
      }),
      'DynamoDB throttled reads or writes of the records table.',
    );
  }

  private alarm(id: string, metric: cloudwatch.IMetric, description: string): void {
    const alarm = new cloudwatch.Alarm(this, id, {
      metric,
      threshold: 1,
      evaluationPeriods: 1,
      comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
      alarmDescription: description,
    });
    alarm.addAlarmAction(new actions.SnsAction(this.topic));
    this.alarms.push(alarm);
  }
}
