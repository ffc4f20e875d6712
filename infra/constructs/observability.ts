import { Duration } from 'aws-cdk-lib';
import type * as apigateway from 'aws-cdk-lib/aws-apigateway';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import * as actions from 'aws-cdk-lib/aws-cloudwatch-actions';
import type * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as iam from 'aws-cdk-lib/aws-iam';
import type * as kms from 'aws-cdk-lib/aws-kms';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import * as sns from 'aws-cdk-lib/aws-sns';
import * as subscriptions from 'aws-cdk-lib/aws-sns-subscriptions';
import type * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { Construct } from 'constructs';
import { BUSINESS_METRICS, METRIC_NAMESPACE, METRIC_SERVICE } from '#kernel/metrics';
import { OUTCOMES } from '#requests/domain/lifecycle';

export interface ObservabilityProps {
  /** The agency's code: the dashboard's name and the dimension of its business metrics. */
  readonly agency: string;
  readonly stateMachine: sfn.StateMachine;
  readonly restApi: apigateway.RestApi;
  readonly table: dynamodb.ITable;
  /** Encrypts the alarm topic. */
  readonly key: kms.Key;
  /**
   * Functions any error of which needs a person, by a name for the alarm: the scheduled jobs,
   * the import worker, the sign-in trigger (a failing trigger means nobody can sign in).
   */
  readonly watchedFunctions: Readonly<Record<string, lambda.IFunction>>;
  /** Where alarms are mailed; without it they show in the console only. */
  readonly alarmEmail?: string;
}

/** An outbox item waiting longer than this means SES or Step Functions has been refusing for a while. */
const OUTBOX_AGE_LIMIT = Duration.minutes(15);
/** The deployed holiday calendar must be renewed before deadlines reach past its end. */
const CALENDAR_DAYS_MINIMUM = 60;
/** SES asks senders to keep bounces under 2 % and complaints under 0.1 %; above, it reviews the account. */
const SES_BOUNCE_RATE_LIMIT = 0.02;
const SES_COMPLAINT_RATE_LIMIT = 0.001;

interface AlarmOptions {
  /** @default 1 */
  readonly threshold?: number;
  /** @default GREATER_THAN_OR_EQUAL_TO_THRESHOLD */
  readonly comparison?: cloudwatch.ComparisonOperator;
}

/**
 * What the agency's operators watch: one dashboard with the business metrics (requests
 * submitted, decisions by outcome, SLA breaches, documents issued, mail refused, outbox age),
 * the API's latency and errors and the workflow's executions; and alarms, each to one encrypted
 * topic, on what needs a person.
 */
export class Observability extends Construct {
  readonly topic: sns.Topic;
  readonly alarms: cloudwatch.Alarm[] = [];
  readonly dashboard: cloudwatch.Dashboard;
  private readonly agency: string;

  constructor(scope: Construct, id: string, props: ObservabilityProps) {
    super(scope, id);
    this.agency = props.agency;
    this.topic = new sns.Topic(this, 'Alarms', { masterKey: props.key, enforceSSL: true });
    props.key.grant(
      new iam.ServicePrincipal('cloudwatch.amazonaws.com'),
      'kms:Decrypt',
      'kms:GenerateDataKey',
    );
    if (props.alarmEmail) this.topic.addSubscription(new subscriptions.EmailSubscription(props.alarmEmail));

    const period = Duration.minutes(5);
    const api = (metricName: string, statistic = 'Sum') =>
      new cloudwatch.Metric({
        namespace: 'AWS/ApiGateway',
        metricName,
        dimensionsMap: { ApiName: props.restApi.restApiName, Stage: props.restApi.deploymentStage.stageName },
        statistic,
        period,
      });
    const ses = (metricName: string) =>
      new cloudwatch.Metric({
        namespace: 'AWS/SES',
        metricName,
        statistic: 'Maximum',
        period: Duration.hours(1),
      });

    this.alarm(
      'WorkflowFailed',
      props.stateMachine.metricFailed({ period, statistic: 'Sum' }),
      'Alur kerja permohonan gagal: baca jejak audit permohonan dan riwayat eksekusinya.',
    );
    this.alarm(
      'WorkflowTimedOut',
      props.stateMachine.metricTimedOut({ period, statistic: 'Sum' }),
      'Alur kerja permohonan melewati batas waktunya.',
    );
    this.alarm(
      'WorkflowThrottled',
      props.stateMachine.metricThrottled({ period, statistic: 'Sum' }),
      'Step Functions membatasi (throttle) alur kerja.',
    );
    this.alarm('ApiServerErrors', api('5XXError'), 'API menjawab dengan galat server (5xx).');
    this.alarm(
      'LambdaThrottled',
      new cloudwatch.Metric({ namespace: 'AWS/Lambda', metricName: 'Throttles', statistic: 'Sum', period }),
      'Lambda membatasi (throttle) pemanggilan di akun dan region ini.',
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
      'DynamoDB membatasi (throttle) baca atau tulis tabel rekaman.',
    );
    for (const [name, fn] of Object.entries(props.watchedFunctions)) {
      this.alarm(
        `${name}Errors`,
        fn.metricErrors({ period, statistic: 'Sum' }),
        `${name} gagal: baca log group fungsinya untuk galatnya.`,
      );
    }
    const outboxAge = this.business(BUSINESS_METRICS.outboxOldestAge, 'Maximum', period);
    this.alarm(
      'OutboxItemsOld',
      outboxAge,
      `Butir antrean keluar (panggilan alur kerja atau surel) menunggu lebih dari ${OUTBOX_AGE_LIMIT.toMinutes()} menit: SES atau Step Functions terus menolak.`,
      {
        threshold: OUTBOX_AGE_LIMIT.toSeconds(),
        comparison: cloudwatch.ComparisonOperator.GREATER_THAN_THRESHOLD,
      },
    );
    const calendar = this.business(BUSINESS_METRICS.calendarDaysLeft, 'Minimum', Duration.days(1));
    this.alarm(
      'HolidayCalendarEnding',
      calendar,
      `Kalender libur yang terpasang berakhir dalam ${CALENDAR_DAYS_MINIMUM} hari: tambahkan hari libur tahun berikutnya ke config/calendars lalu deploy, atau tenggat setelah akhirnya akan ditolak.`,
      { threshold: CALENDAR_DAYS_MINIMUM, comparison: cloudwatch.ComparisonOperator.LESS_THAN_THRESHOLD },
    );
    const bounceRate = ses('Reputation.BounceRate');
    const complaintRate = ses('Reputation.ComplaintRate');
    this.alarm(
      'MailBounceRate',
      bounceRate,
      'Rasio pentalan SES mencapai 2 %: periksa akun bertanda surel terpental dan alamat surel di data pegawai.',
      { threshold: SES_BOUNCE_RATE_LIMIT },
    );
    this.alarm(
      'MailComplaintRate',
      complaintRate,
      'Rasio keluhan SES mencapai 0,1 %: penerima menandai surel instansi sebagai spam.',
      { threshold: SES_COMPLAINT_RATE_LIMIT },
    );

    const day = Duration.days(1);
    this.dashboard = new cloudwatch.Dashboard(this, 'Dashboard', {
      dashboardName: `LayananAsn-${props.agency}`,
      defaultInterval: Duration.days(7),
    });
    this.dashboard.addWidgets(
      this.graph('Permohonan diajukan dan dokumen terbit (per hari)', [
        this.business(BUSINESS_METRICS.requestsSubmitted, 'Sum', day),
        this.business(BUSINESS_METRICS.documentsIssued, 'Sum', day),
      ]),
      this.graph(
        'Keputusan per hasil (per hari)',
        OUTCOMES.map((outcome) =>
          this.business(BUSINESS_METRICS.decisions, 'Sum', day, { Outcome: outcome }),
        ),
      ),
      this.graph('Batas waktu layanan terlampaui (per hari)', [
        this.business(BUSINESS_METRICS.slaBreaches, 'Sum', day),
      ]),
    );
    this.dashboard.addWidgets(
      this.graph('Surel ditolak SES dan umur antrean keluar', [
        this.business(BUSINESS_METRICS.mailsFailed, 'Sum', period),
        outboxAge,
      ]),
      this.graph('Reputasi SES (rasio)', [bounceRate, complaintRate]),
      new cloudwatch.SingleValueWidget({
        title: 'Sisa hari kalender libur',
        metrics: [calendar],
        width: 8,
      }),
    );
    this.dashboard.addWidgets(
      this.graph('Latensi API (ms)', [api('Latency', 'p50'), api('Latency', 'p90'), api('Latency', 'p99')]),
      this.graph('Panggilan dan galat API', [api('Count'), api('4XXError'), api('5XXError')]),
      this.graph('Eksekusi alur kerja', [
        props.stateMachine.metricStarted({ period, statistic: 'Sum' }),
        props.stateMachine.metricSucceeded({ period, statistic: 'Sum' }),
        props.stateMachine.metricFailed({ period, statistic: 'Sum' }),
        props.stateMachine.metricTimedOut({ period, statistic: 'Sum' }),
        props.stateMachine.metricAborted({ period, statistic: 'Sum' }),
      ]),
    );
    this.dashboard.addWidgets(
      new cloudwatch.AlarmStatusWidget({ title: 'Alarm', alarms: this.alarms, width: 24 }),
    );
  }

  /** A business metric of this agency, as functions emit it (functions/kernel/adapters/business-metrics.ts). */
  private business(
    metricName: string,
    statistic: string,
    period: Duration,
    dimensions: Record<string, string> = {},
  ): cloudwatch.Metric {
    return new cloudwatch.Metric({
      namespace: METRIC_NAMESPACE,
      metricName,
      dimensionsMap: { service: METRIC_SERVICE, agency: this.agency, ...dimensions },
      statistic,
      period,
      ...(dimensions.Outcome && { label: dimensions.Outcome }),
    });
  }

  private graph(title: string, metrics: cloudwatch.IMetric[]): cloudwatch.GraphWidget {
    return new cloudwatch.GraphWidget({ title, left: metrics, width: 8 });
  }

  private alarm(
    id: string,
    metric: cloudwatch.IMetric,
    description: string,
    options: AlarmOptions = {},
  ): void {
    const alarm = new cloudwatch.Alarm(this, id, {
      metric,
      threshold: options.threshold ?? 1,
      evaluationPeriods: 1,
      comparisonOperator:
        options.comparison ?? cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
      alarmDescription: description,
    });
    alarm.addAlarmAction(new actions.SnsAction(this.topic));
    this.alarms.push(alarm);
  }
}
