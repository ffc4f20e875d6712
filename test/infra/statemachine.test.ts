import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { NOTICE_STEP, NOTICE_SUBSCRIPTIONS } from '#infra/statemachines/notices';
import { STAGES, type Stage } from '#kernel/domain/stages';
import { DOMAIN_EVENTS, type DomainEventName } from '#requests/domain/events';
import { ROUTE_STATUS, STAGE_OUTCOMES, stageAfter } from '#requests/domain/lifecycle';
import { NOTICES } from '#requests/domain/notices';
import { ROUTES, WAITS } from '#requests/domain/request';
import { EVENT_BUS_PLACEHOLDER, type StepSpec, stepPlaceholder, steps } from '#requests/steps/steps';
import { RESUME_POINTS } from '#requests/use-cases/workflow-resumption';

type Validator = (
  definition: unknown,
  options?: { checkArn?: boolean; checkPaths?: boolean },
) => {
  isValid: boolean;
  errorsText(separator?: string): string;
};
const aslValidator = createRequire(import.meta.url)('asl-validator') as Validator;

const FILE = join(import.meta.dirname, '..', '..', 'statemachines', 'service-request.asl.json');
const text = readFileSync(FILE, 'utf8');

type State = Record<string, unknown> & { Type: string };
const substituted = text.replace(/\$\{([A-Za-z]+)\}/g, (_match, name: string) =>
  name === EVENT_BUS_PLACEHOLDER
    ? 'layanan-test'
    : `arn:aws:lambda:ap-southeast-3:123456789012:function:${name}`,
);
const definition = JSON.parse(substituted) as { StartAt: string; States: Record<string, State> };
const states = Object.entries(definition.States);
const tasks = states.filter(([, state]) => state.Type === 'Task');
const isLambda = (state: State) => String(state.Resource).includes(':lambda:');

/** The Choice state that routes each official stage's decision. */
const ROUTER: Record<Stage, string> = {
  VERIFICATION: 'RouteVerificationOutcome',
  SUPERVISOR_VALIDATION: 'RouteSupervisorValidationOutcome',
  ADMINISTRATOR_VALIDATION: 'RouteAdministratorValidationOutcome',
  SIGNING: 'RouteSigningOutcome',
};

function routesOf(choice: string): string[] {
  const state = definition.States[choice] as { Choices: Array<{ StringEquals: string }> } | undefined;
  return (state?.Choices ?? []).map((rule) => rule.StringEquals);
}

describe('statemachines/service-request.asl.json', () => {
  it('is valid Amazon States Language', () => {
    const result = aslValidator(structuredClone(definition), { checkArn: true, checkPaths: true });
    expect(result.errorsText('\n')).toBe('');
    expect(result.isValid).toBe(true);
  });

  it('uses exactly the placeholders of the step table, and the event bus; the notices follow the events instead', () => {
    const used = new Set([...text.matchAll(/\$\{([A-Za-z]+)\}/g)].map((match) => match[1]));
    expect([...used].sort()).toEqual(
      [
        ...(Object.values(steps) as StepSpec[]).filter((step) => step !== NOTICE_STEP).map(stepPlaceholder),
        EVENT_BUS_PLACEHOLDER,
      ].sort(),
    );
  });

  it('publishes every event a notice follows, and mails each notice after one event', () => {
    const published = new Set(
      tasks
        .filter(([, state]) => state.Resource === 'arn:aws:states:::events:putEvents')
        .map(
          ([, state]) =>
            (state.Parameters as { Entries: Array<{ DetailType: string }> }).Entries[0]?.DetailType,
        ),
    );
    for (const event of Object.keys(NOTICE_SUBSCRIPTIONS)) expect(published).toContain(event);
    expect(new Set(Object.values(NOTICE_SUBSCRIPTIONS))).toEqual(new Set(NOTICES));
  });

  it('names states as plain English phrases an auditor can read', () => {
    for (const [name] of states) expect(name).toMatch(/^(?:[A-Z][a-z]+)+$/);
  });

  it('gives every Task a retry for transient errors and a catch to a named state', () => {
    for (const [name, state] of tasks) {
      const retry = state.Retry as Array<{ ErrorEquals: string[] }> | undefined;
      const catches = state.Catch as Array<{ ErrorEquals: string[]; Next: string }> | undefined;
      const transient = isLambda(state) ? 'Lambda.TooManyRequestsException' : 'States.ALL';
      expect(
        retry?.some((rule) => rule.ErrorEquals.includes(transient)),
        name,
      ).toBe(true);
      expect(
        retry?.some((rule) => rule.ErrorEquals.includes('States.Timeout')),
        name,
      ).toBe(false);
      expect(catches?.length, name).toBeGreaterThan(0);
      for (const handler of catches ?? [])
        expect(definition.States[handler.Next], `${name} → ${handler.Next}`).toBeDefined();
    }
  });

  it('retries a step that met DynamoDB or S3 refusing for now (what the SDK throws after its own retries)', () => {
    for (const [name, state] of tasks.filter(([, task]) => isLambda(task))) {
      const retried = (state.Retry as Array<{ ErrorEquals: string[] }>).flatMap((rule) => rule.ErrorEquals);
      for (const error of ['ServiceUnavailable', 'ProvisionedThroughputExceededException', 'SlowDown'])
        expect(retried, `${name}: ${error}`).toContain(error);
    }
  });

  it('passes the task token to every wait, and bounds each official stage and the completion window by its deadline', () => {
    const waits = tasks.filter(([, state]) => String(state.Resource).endsWith('.waitForTaskToken'));
    const waited = new Set<string>();
    for (const [name, state] of waits) {
      const payload = (state.Parameters as { Payload: Record<string, string> }).Payload;
      expect(payload['taskToken.$'], name).toBe('$$.Task.Token');
      waited.add(payload.stage ?? '');
      const bounded =
        !name.startsWith('AwaitOverdue') && !['SURVEY', 'HANDOVER'].includes(payload.stage ?? '');
      expect(state.TimeoutSecondsPath !== undefined, name).toBe(bounded);
      if (bounded) {
        const timeout = (state.Catch as Array<{ ErrorEquals: string[]; Next: string }>)[0];
        expect(timeout?.ErrorEquals, name).toEqual(['States.Timeout']);
        expect(timeout?.Next, name).toMatch(
          payload.stage === 'COMPLETION' ? /^RejectForIncompleteDocuments$/ : /^EscalateOverdue/,
        );
      }
    }
    expect([...waited].sort()).toEqual([...WAITS].sort());
  });

  it('routes every outcome the domain can give at each stage, for every plan of validation tiers', () => {
    const plans = [[], ['SUPERVISOR'], ['ADMINISTRATOR'], ['SUPERVISOR', 'ADMINISTRATOR']] as const;
    for (const stage of STAGES) {
      const handled = routesOf(ROUTER[stage]);
      for (const outcome of STAGE_OUTCOMES[stage]) {
        const routes =
          outcome === 'ACCEPT' || outcome === 'APPROVE'
            ? plans.map((validationTiers) => stageAfter(stage, { validationTiers }))
            : [
                { DEFICIENT: 'DEFICIENCY', REJECT: 'REJECTION', RETURN: 'VERIFICATION', SIGN: 'ISSUANCE' }[
                  outcome
                ],
              ];
        for (const route of routes) expect(handled, `${stage} ${outcome} → ${route}`).toContain(route);
      }
    }
    // Resubmitted, an extension decided, or rejected by the API once the deadline passed (Pasal 9(2)).
    expect(routesOf('RouteCompletionOutcome').sort()).toEqual(['EXTENSION', 'REJECTION', 'VERIFICATION']);
    for (const [, state] of states.filter(([, candidate]) => candidate.Type === 'Choice')) {
      for (const rule of (state.Choices as Array<{ Variable: string; StringEquals: string }>).filter(
        (choice) => choice.Variable === '$.decision.route',
      )) {
        expect(ROUTES).toContain(rule.StringEquals);
        expect(ROUTE_STATUS).toHaveProperty(rule.StringEquals);
      }
    }
  });

  it('starts a submitted request at its receipt, and a restored one at each resume point the domain names', () => {
    const start = definition.States[definition.StartAt] as unknown as {
      Type: string;
      Choices: Array<{ Variable?: string; StringEquals?: string; Not?: unknown; Next: string }>;
    };
    expect(start.Type).toBe('Choice');
    // Not IsPresent true, rather than IsPresent false, which aws-local-stepfunctions never matches.
    expect(start.Choices[0]).toEqual({
      Not: { Variable: '$.resumeAt', IsPresent: true },
      Next: 'PublishRequestSubmitted',
    });
    const resumed = start.Choices.slice(1);
    expect(resumed.map((rule) => rule.StringEquals).sort()).toEqual([...RESUME_POINTS].sort());
    for (const rule of resumed) {
      expect(rule.Variable).toBe('$.resumeAt');
      expect(definition.States[rule.Next], `${rule.StringEquals} → ${rule.Next}`).toBeDefined();
    }
  });

  it('publishes exactly the documented domain events, each detail carrying the fields of its schema', () => {
    const entries = tasks
      .filter(([, state]) => state.Resource === 'arn:aws:states:::events:putEvents')
      .map(
        ([, state]) =>
          (state.Parameters as { Entries: Array<{ DetailType: string; Detail: Record<string, unknown> }> })
            .Entries[0],
      );
    expect(new Set(entries.map((entry) => entry?.DetailType))).toEqual(new Set(Object.keys(DOMAIN_EVENTS)));
    for (const entry of entries) {
      const schema = DOMAIN_EVENTS[entry?.DetailType as DomainEventName].schema as z.ZodObject;
      const fields = Object.keys(entry?.Detail ?? {}).map((key) => key.replace(/\.\$$/, ''));
      expect(new Set(fields), entry?.DetailType).toEqual(new Set(Object.keys(schema.shape)));
    }
  });
});
