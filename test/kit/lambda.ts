import type { APIGatewayProxyEvent, Context } from 'aws-lambda';

/** A Lambda context as the runtime passes it. */
export function lambdaContext(functionName = 'test-function'): Context {
  return {
    callbackWaitsForEmptyEventLoop: false,
    functionName,
    functionVersion: '$LATEST',
    invokedFunctionArn: `arn:aws:lambda:ap-southeast-3:123456789012:function:${functionName}`,
    memoryLimitInMB: '512',
    awsRequestId: 'c6af9ac6-7b61-11e6-9a41-93e812345678',
    logGroupName: `/aws/lambda/${functionName}`,
    logStreamName: '2026/11/23/[$LATEST]abc',
    getRemainingTimeInMillis: () => 10_000,
    done: () => undefined,
    fail: () => undefined,
    succeed: () => undefined,
  };
}

interface EventOptions {
  readonly method?: string;
  readonly path?: string;
  readonly resource?: string;
  readonly claims?: Record<string, string>;
  /** The context a Lambda (token) authorizer returned, which API Gateway puts flat on `authorizer`. */
  readonly authorizerContext?: Record<string, string>;
  readonly headers?: Record<string, string>;
  readonly body?: string;
  /** The body is base64, as API Gateway passes a binary media type. */
  readonly base64?: boolean;
  readonly query?: Record<string, string>;
  readonly params?: Record<string, string>;
}

/** A REST API proxy event, as API Gateway builds it behind a Cognito authorizer. */
export function apiEvent(options: EventOptions = {}): APIGatewayProxyEvent {
  const method = options.method ?? 'GET';
  const path = options.path ?? '/';
  return {
    resource: options.resource ?? path,
    path,
    httpMethod: method,
    headers: options.headers ?? {},
    multiValueHeaders: {},
    queryStringParameters: options.query ?? null,
    multiValueQueryStringParameters: null,
    pathParameters: options.params ?? null,
    stageVariables: null,
    body: options.body ?? null,
    isBase64Encoded: options.base64 ?? false,
    requestContext: {
      accountId: '123456789012',
      apiId: 'api',
      authorizer: options.authorizerContext
        ? { principalId: 'token-authorizer', ...options.authorizerContext }
        : options.claims
          ? { claims: options.claims }
          : null,
      httpMethod: method,
      identity: { sourceIp: '203.0.113.10' } as APIGatewayProxyEvent['requestContext']['identity'],
      path: `/v1${path}`,
      protocol: 'HTTP/1.1',
      requestId: 'request-1',
      requestTimeEpoch: 0,
      resourceId: 'resource',
      resourcePath: options.resource ?? path,
      stage: 'v1',
    },
  };
}

/** Claims of a Cognito ID token as a REST API authorizer flattens them, after a TOTP sign-in. */
export function claims(
  username: string,
  groups: string,
  extra: Record<string, string> = {},
): Record<string, string> {
  return { 'cognito:username': username, 'cognito:groups': groups, sub: username, mfa: 'TOTP', ...extra };
}
