import { Stack } from 'aws-cdk-lib';
import * as events from 'aws-cdk-lib/aws-events';
import * as targets from 'aws-cdk-lib/aws-events-targets';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import * as ses from 'aws-cdk-lib/aws-ses';
import { Construct } from 'constructs';

export interface NotificationsProps {
  /** Address the agency's mail is sent from; its domain becomes the verified SES identity. */
  readonly sender: string;
}

/**
 * Outgoing mail: the sender's domain as an SES identity (DKIM records to publish are in the
 * stack outputs) and a configuration set that requires TLS, tracks reputation, and publishes
 * every bounce and complaint to EventBridge, where the feedback job marks the accounts concerned.
 * Cognito's own mail goes through the same configuration set once the domain is verified.
 */
export class Notifications extends Construct {
  readonly configurationSet: ses.ConfigurationSet;
  readonly identity: ses.EmailIdentity;
  readonly identityArn: string;
  private readonly feedbackBus: events.IEventBus;

  constructor(scope: Construct, id: string, props: NotificationsProps) {
    super(scope, id);
    const domain = props.sender.slice(props.sender.indexOf('@') + 1);
    this.configurationSet = new ses.ConfigurationSet(this, 'ConfigurationSet', {
      reputationMetrics: true,
      sendingEnabled: true,
      tlsPolicy: ses.ConfigurationSetTlsPolicy.REQUIRE,
      suppressionReasons: ses.SuppressionReasons.BOUNCES_AND_COMPLAINTS,
    });
    // SES publishes to the account's default bus only.
    this.feedbackBus = events.EventBus.fromEventBusName(this, 'DefaultBus', 'default');
    this.configurationSet.addEventDestination('BouncesAndComplaints', {
      destination: ses.EventDestination.eventBus(this.feedbackBus),
      events: [ses.EmailSendingEvent.BOUNCE, ses.EmailSendingEvent.COMPLAINT],
    });
    this.identity = new ses.EmailIdentity(this, 'SenderDomain', {
      identity: ses.Identity.domain(domain),
      configurationSet: this.configurationSet,
    });
    this.identityArn = Stack.of(this).formatArn({
      service: 'ses',
      resource: 'identity',
      resourceName: domain,
    });
  }

  /**
   * Runs `handler` on each bounce and complaint of this configuration set's mail. The rule lives
   * beside the function: the function's invoke permission names the rule, and the rule the function.
   */
  deliverFeedbackTo(handler: lambda.IFunction): events.Rule {
    return new events.Rule(Stack.of(handler), 'MailFeedback', {
      eventBus: this.feedbackBus,
      description: 'Bounces and complaints of the agency’s mail, to mark the accounts concerned',
      eventPattern: {
        source: ['aws.ses'],
        detailType: ['Email Bounced', 'Email Complaint Received'],
        detail: { mail: { tags: { 'ses:configuration-set': [this.configurationSet.configurationSetName] } } },
      },
      targets: [new targets.LambdaFunction(handler, { retryAttempts: 8 })],
    });
  }
}
