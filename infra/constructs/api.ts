import { createHash } from 'node:crypto';
import { Duration, NestedStack, RemovalPolicy } from 'aws-cdk-lib';
import * as apigateway from 'aws-cdk-lib/aws-apigateway';
import * as acm from 'aws-cdk-lib/aws-certificatemanager';
import type * as cognito from 'aws-cdk-lib/aws-cognito';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as wafv2 from 'aws-cdk-lib/aws-wafv2';
import { Construct } from 'constructs';
import {
  GATEWAY_RESPONSES,
  type GatewayResponseType,
  gatewayResponseBody,
} from '#kernel/http/gateway-responses';
import { binaryMediaTypes } from '#kernel/http/payload';
import type { RouteSpec } from '#kernel/http/route-spec';
import { pascalCase } from '#kernel/naming';
import { RESOURCE_ENV } from '#kernel/resources';
import type { HandlerPath } from '../handlers';
import { acknowledge } from '../nag';
import { type FunctionResources, ServiceFunction } from './service-function';

/** The authorizer of the routes open to integrations (RouteSpec.scope). */
export const TOKEN_AUTHORIZER = 'triggers/token-authorizer' satisfies HandlerPath;

/** Nested stacks the route functions are spread over (see Api.routeStackFor). */
const ROUTE_STACKS = 4;

export interface ApiProps {
  readonly routes: readonly RouteSpec[];
  readonly bundleDir: string;
  readonly resources: FunctionResources;
  readonly userPool: cognito.IUserPool;
  /** The app client whose access tokens the routes open to integrations accept. */
  readonly integrationClient: cognito.IUserPoolClient;
  /**
   * The API's own domain (`api.layanan.<agency>.go.id`): the stack requests its certificate
   * (DNS validation) and maps the stage to the domain's root, so QR codes outlive the stack.
   * @default the API's `execute-api` URL only
   */
  readonly domainName?: string;
  /** Browser origins allowed to call the API (the portal's first). */
  readonly corsOrigins: readonly string[];
  readonly throttle: { readonly rateLimit: number; readonly burstLimit: number };
  /** Requests one client IP may make in five minutes before the firewall blocks it. */
  readonly requestsPerIpPer5Minutes: number;
  /** The same, for the public routes (document verification): anyone may call them, so less. */
  readonly publicRequestsPerIpPer5Minutes: number;
  readonly logRetention: logs.RetentionDays;
}

/**
 * The REST API: built from the route table (one function per route, the route's roles checked
 * in the function, its token checked here by the Cognito authorizer), throttled, fronted by a
 * web ACL, access-logged as JSON, answering its own errors in the API's error shape.
 */
export class Api extends Construct {
  readonly restApi: apigateway.RestApi;
  /** The API's public base URL: its own domain when it has one, otherwise the stage URL. */
  readonly url: string;
  readonly functions: ServiceFunction[] = [];
  /** The authorizer of the routes open to integrations. */
  readonly tokenAuthorizer: ServiceFunction;
  /** The name the API's own domain must point at (a CNAME in the agency's DNS), when it has one. */
  readonly domainTarget?: string;
  private readonly routeStacks = new Map<number, NestedStack>();

  constructor(scope: Construct, id: string, props: ApiProps) {
    super(scope, id);
    const accessLogs = new logs.LogGroup(this, 'AccessLogs', {
      retention: props.logRetention,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    this.restApi = new apigateway.RestApi(this, 'Api', {
      description: 'Layanan ASN Terpadu',
      endpointTypes: [apigateway.EndpointType.REGIONAL],
      cloudWatchRole: true,
      cloudWatchRoleRemovalPolicy: RemovalPolicy.RETAIN,
      deployOptions: {
        stageName: 'v1',
        throttlingRateLimit: props.throttle.rateLimit,
        throttlingBurstLimit: props.throttle.burstLimit,
        methodOptions: Object.fromEntries(
          props.routes.flatMap((route) =>
            route.throttle
              ? [
                  [
                    `${route.path}/${route.method}`,
                    {
                      throttlingRateLimit: route.throttle.rateLimit,
                      throttlingBurstLimit: route.throttle.burstLimit,
                    },
                  ],
                ]
              : [],
          ),
        ),
        tracingEnabled: true,
        metricsEnabled: true,
        loggingLevel: apigateway.MethodLoggingLevel.ERROR,
        // Request and response bodies hold personal data: never logged.
        dataTraceEnabled: false,
        accessLogDestination: new apigateway.LogGroupLogDestination(accessLogs),
        accessLogFormat: apigateway.AccessLogFormat.jsonWithStandardFields({
          caller: false,
          httpMethod: true,
          ip: true,
          protocol: true,
          requestTime: true,
          resourcePath: true,
          responseLength: true,
          status: true,
          user: false,
        }),
      },
      // Files in (a PDF sent to POST /verify) and out (a report as XLSX) pass base64-encoded, byte for byte.
      binaryMediaTypes: binaryMediaTypes(props.routes),
      defaultCorsPreflightOptions: {
        allowOrigins: [...props.corsOrigins],
        allowHeaders: ['Authorization', 'Content-Type', 'Idempotency-Key'],
        allowMethods: apigateway.Cors.ALL_METHODS,
      },
    });
    acknowledge(
      this.restApi,
      'IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AmazonAPIGatewayPushToCloudWatchLogs]',
      'API Gateway writes execution logs through one account-wide role, which AWS documents with its managed policy AmazonAPIGatewayPushToCloudWatchLogs.',
    );
    acknowledge(
      this.restApi,
      'APIG2',
      'Every body, path and query is parsed in its function with the route’s zod schema, which answers in Bahasa Indonesia and names the field (the API contract); API Gateway’s validator cannot word its errors so.',
    );

    this.addGatewayResponses(props.corsOrigins[0] ?? '*');
    const integration = this.addTokenAuthorizer(props);
    this.tokenAuthorizer = integration.function;
    const authorizers = {
      user: new apigateway.CognitoUserPoolsAuthorizer(this, 'Authorizer', {
        cognitoUserPools: [props.userPool],
      }),
      integration: integration.authorizer,
    };
    for (const route of props.routes) this.addRoute(route, props, authorizers);
    this.url = props.domainName ? `https://${props.domainName}/` : this.restApi.url;
    if (props.domainName) this.domainTarget = this.addDomain(props.domainName);
    this.addFirewall(props, {
      filePaths: props.routes.filter((route) => route.text || route.binary).map((route) => route.path),
      publicPrefixes: [
        ...new Set(
          props.routes
            .filter((route) => route.auth === 'public' && route.throttle)
            .map((route) => `/${route.path.split('/')[1]}`),
        ),
      ],
    });
  }

  private addGatewayResponses(origin: string): void {
    for (const [type, response] of Object.entries(GATEWAY_RESPONSES) as Array<
      [GatewayResponseType, (typeof GATEWAY_RESPONSES)[GatewayResponseType]]
    >) {
      this.restApi.addGatewayResponse(`Response${type}`, {
        type: apigateway.ResponseType.of(type),
        ...(response.status && { statusCode: String(response.status) }),
        responseHeaders: {
          'Access-Control-Allow-Origin': `'${origin}'`,
          'Content-Type': "'application/json'",
        },
        templates: { 'application/json': JSON.stringify(gatewayResponseBody(type)) },
      });
    }
  }

  /**
   * The nested stack a route's function lives in. A function brings five resources (function,
   * role, policy, log group, invoke permission), and a CloudFormation stack holds at most 500:
   * the functions are spread over nested stacks by a hash of their handler, so adding a route
   * never moves another route's function.
   */
  private routeStackFor(route: RouteSpec): NestedStack {
    const index = createHash('sha256').update(route.handler).digest()[0] ?? 0;
    const group = index % ROUTE_STACKS;
    let stack = this.routeStacks.get(group);
    if (!stack) {
      stack = new NestedStack(this, `Routes${group + 1}`, {
        description: `Layanan ASN Terpadu: API route functions, group ${group + 1} of ${ROUTE_STACKS}`,
      });
      this.routeStacks.set(group, stack);
    }
    return stack;
  }

  /**
   * The API's own domain: a certificate ACM validates by DNS (the deployment waits until the
   * record in its validation options is published), and the stage at the domain's root.
   */
  private addDomain(domainName: string): string {
    const certificate = new acm.Certificate(this, 'Certificate', {
      domainName,
      validation: acm.CertificateValidation.fromDns(),
    });
    const domain = this.restApi.addDomainName('Domain', {
      domainName,
      certificate,
      endpointType: apigateway.EndpointType.REGIONAL,
      securityPolicy: apigateway.SecurityPolicy.TLS_1_2,
    });
    return domain.domainNameAliasDomainName;
  }

  /**
   * The routes open to integrations accept two kinds of token, which the Cognito authorizer
   * cannot: people's ID tokens and the integration client's access tokens with the route's scope
   * (triggers/token-authorizer.ts). Its decision is cached for five minutes, as the Cognito one's.
   */
  private addTokenAuthorizer(props: ApiProps) {
    // In the API's own stack: the authorizer's invoke permission names the authorizer.
    const fn = new ServiceFunction(this, 'TokenAuthorizer', {
      handler: TOKEN_AUTHORIZER,
      bundleDir: props.bundleDir,
      access: [],
      resources: props.resources,
      logRetention: props.logRetention,
    });
    fn.function.addEnvironment(RESOURCE_ENV.accounts, props.userPool.userPoolId);
    fn.function.addEnvironment(RESOURCE_ENV.integrationClient, props.integrationClient.userPoolClientId);
    const authorizer = new apigateway.TokenAuthorizer(this, 'IntegrationAuthorizer', {
      handler: fn.function,
      identitySource: apigateway.IdentitySource.header('Authorization'),
      resultsCacheTtl: Duration.minutes(5),
    });
    return { function: fn, authorizer };
  }

  private addRoute(
    route: RouteSpec,
    props: ApiProps,
    authorizers: { readonly user: apigateway.IAuthorizer; readonly integration: apigateway.IAuthorizer },
  ): void {
    const fn = new ServiceFunction(this.routeStackFor(route), `Route${pascalCase(route.handler)}`, {
      handler: `api/${route.handler}`,
      bundleDir: props.bundleDir,
      access: route.access,
      resources: props.resources,
      logRetention: props.logRetention,
    });
    this.functions.push(fn);
    const method = this.restApi.root.resourceForPath(route.path).addMethod(
      route.method,
      // No test-invoke permission: the console's test button is not worth a resource per route.
      new apigateway.LambdaIntegration(fn.function, { proxy: true, allowTestInvoke: false }),
      route.auth === 'public'
        ? { authorizationType: apigateway.AuthorizationType.NONE }
        : route.scope
          ? { authorizationType: apigateway.AuthorizationType.CUSTOM, authorizer: authorizers.integration }
          : { authorizationType: apigateway.AuthorizationType.COGNITO, authorizer: authorizers.user },
    );
    if (route.scope) {
      acknowledge(
        method,
        'COG4',
        `${route.method} ${route.path} is open to integrations (scope ${route.scope}): a Lambda authorizer verifies the pool's ID tokens and the integration client's access tokens, which one Cognito authorizer cannot take together.`,
      );
    }
    if (route.auth === 'public') {
      const reason = `${route.method} ${route.path} is public by design (${route.summary}): it reads no personal data.`;
      acknowledge(method, 'APIG4', reason);
      acknowledge(method, 'COG4', reason);
    }
  }

  /**
   * AWS managed rules for common exploits and known bad inputs, and per-IP rate limits: one for
   * the whole API, a tighter one for the public routes anyone may call. The common rules' 8 KB
   * body limit is applied by a rule of our own that spares the routes taking files (the employee
   * CSV import, a PDF to verify), which take them up to their own limit.
   */
  private addFirewall(
    props: ApiProps,
    paths: { readonly filePaths: readonly string[]; readonly publicPrefixes: readonly string[] },
  ): void {
    const none = [{ priority: 0, type: 'NONE' }];
    const visibility = (metricName: string) => ({
      cloudWatchMetricsEnabled: true,
      metricName,
      sampledRequestsEnabled: true,
    });
    const managed = (
      name: string,
      priority: number,
      counted: string[] = [],
    ): wafv2.CfnWebACL.RuleProperty => ({
      name,
      priority,
      statement: {
        managedRuleGroupStatement: {
          vendorName: 'AWS',
          name,
          ...(counted.length > 0 && {
            ruleActionOverrides: counted.map((rule) => ({ name: rule, actionToUse: { count: {} } })),
          }),
        },
      },
      overrideAction: { none: {} },
      visibilityConfig: visibility(name),
    });
    const oversized = {
      sizeConstraintStatement: {
        fieldToMatch: { body: { oversizeHandling: 'MATCH' } },
        comparisonOperator: 'GT',
        size: 8192,
        textTransformations: none,
      },
    };
    const spared = paths.filePaths.map((path) => ({
      notStatement: {
        statement: {
          byteMatchStatement: {
            fieldToMatch: { uriPath: {} },
            positionalConstraint: 'ENDS_WITH',
            searchString: path,
            textTransformations: none,
          },
        },
      },
    }));
    const acl = new wafv2.CfnWebACL(this, 'Firewall', {
      scope: 'REGIONAL',
      defaultAction: { allow: {} },
      visibilityConfig: {
        cloudWatchMetricsEnabled: true,
        metricName: 'LayananAsnFirewall',
        sampledRequestsEnabled: true,
      },
      rules: [
        {
          name: 'BodyOver8KbOutsideTextRoutes',
          priority: 0,
          statement: spared.length > 0 ? { andStatement: { statements: [oversized, ...spared] } } : oversized,
          action: { block: {} },
          visibilityConfig: visibility('BodyOver8KbOutsideTextRoutes'),
        },
        managed('AWSManagedRulesCommonRuleSet', 1, ['SizeRestrictions_BODY']),
        managed('AWSManagedRulesKnownBadInputsRuleSet', 2),
        {
          name: 'RequestsPerIp',
          priority: 3,
          // Offices often share one public IP, so the limit is per IP and generous.
          statement: {
            rateBasedStatement: { aggregateKeyType: 'IP', limit: props.requestsPerIpPer5Minutes },
          },
          action: { block: {} },
          visibilityConfig: visibility('RequestsPerIp'),
        },
        ...paths.publicPrefixes.map((prefix, index) => ({
          name: `PublicRequestsPerIp${pascalCase(prefix.slice(1))}`,
          priority: 4 + index,
          statement: {
            rateBasedStatement: {
              aggregateKeyType: 'IP',
              limit: props.publicRequestsPerIpPer5Minutes,
              scopeDownStatement: {
                byteMatchStatement: {
                  fieldToMatch: { uriPath: {} },
                  // The stage name precedes the route in the path the firewall sees.
                  positionalConstraint: 'CONTAINS',
                  searchString: prefix,
                  textTransformations: none,
                },
              },
            },
          },
          action: { block: {} },
          visibilityConfig: visibility(`PublicRequestsPerIp${pascalCase(prefix.slice(1))}`),
        })),
      ],
    });
    new wafv2.CfnWebACLAssociation(this, 'FirewallAssociation', {
      resourceArn: this.restApi.deploymentStage.stageArn,
      webAclArn: acl.attrArn,
    });
  }
}
