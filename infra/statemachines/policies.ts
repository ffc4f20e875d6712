import type { Catcher, Retrier } from './asl';

/**
 * What a Lambda step meets that passes by itself: Lambda's own service errors and throttling, and
 * what the AWS SDK throws inside the step once its own retries are spent (DynamoDB throttled or in
 * a transaction conflict, S3 asking to slow down, a service briefly unavailable, a socket timeout).
 * `States.Timeout` is never among them: a wait's timeout is its deadline, caught, not retried.
 */
const TRANSIENT_STEP_ERRORS = [
  'Lambda.ServiceException',
  'Lambda.AWSLambdaException',
  'Lambda.SdkClientException',
  'Lambda.TooManyRequestsException',
  'ThrottlingException',
  'ProvisionedThroughputExceededException',
  'TransactionConflictException',
  'RequestLimitExceeded',
  'InternalServerError',
  'ServiceUnavailable',
  'SlowDown',
  'TimeoutError',
];

/** Every Lambda step, callback tasks included (the invocation that hands over the token). */
export const STEP_RETRY: Retrier = {
  ErrorEquals: TRANSIENT_STEP_ERRORS,
  IntervalSeconds: 2,
  MaxAttempts: 6,
  BackoffRate: 2,
  JitterStrategy: 'FULL',
};

/**
 * A step that waits on something only a person can supply (a signing authority recorded for the
 * service, before a rejection letter can be signed): tried again from a minute apart up to once an
 * hour, for a month (744 attempts, a few thousand history events: well inside the 25,000 a
 * standard execution may hold), then left to the fault handler. The local engine shortens these
 * pauses (infra/local/stepfunctions), so a test can watch the wait end.
 */
export const AWAITS_PERSON_ERRORS = ['NoSigningAuthorityError'] as const;

export const AWAITS_PERSON_RETRY: Retrier = {
  ErrorEquals: AWAITS_PERSON_ERRORS,
  IntervalSeconds: 60,
  MaxAttempts: 744,
  BackoffRate: 2,
  MaxDelaySeconds: 3600,
  JitterStrategy: 'FULL',
};

/**
 * A service integration (EventBridge PutEvents): it has no business errors of its own, so every
 * error is retried, more often and further apart than a step's, before the workflow gives up.
 */
export const SERVICE_RETRY: Retrier = {
  ErrorEquals: ['States.ALL'],
  IntervalSeconds: 5,
  MaxAttempts: 8,
  BackoffRate: 2,
  JitterStrategy: 'FULL',
};

/** Where a caught error lands in the state's input. */
export const ERROR_PATHS = {
  /** An unexpected failure, which the fault handler records (`$.fault` is its input). */
  fault: '$.fault',
  /** A best-effort step's failure (a notice): kept in the history, the workflow carries on. */
  bestEffort: '$.noticeFault',
  /** A wait's deadline passing. */
  timeout: '$.timeout',
  /** The fault handler's own failure: the workflow fails all the same. */
  faultRecording: '$.faultRecording',
} as const;

/** Any error not retried away goes to `next`, its details at `path`. */
export function catchAll(next: string, path: string): Catcher {
  return { ErrorEquals: ['States.ALL'], ResultPath: path, Next: next };
}

/** A passed deadline (`TimeoutSecondsPath` ran out) goes to `next`. */
export function catchTimeout(next: string): Catcher {
  return { ErrorEquals: ['States.Timeout'], ResultPath: ERROR_PATHS.timeout, Next: next };
}
