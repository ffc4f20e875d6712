import { AWAITS_PERSON_ERRORS } from '#infra/statemachines/policies';

/**
 * Turns an ASL file into what the local engine runs. The file itself stays the one source of
 * truth; only the local run is adjusted, where aws-local-stepfunctions differs from AWS:
 * - `${Placeholder}` substitutions become local Lambda ARNs (as CDK substitutes real ones);
 * - callback tasks (`.waitForTaskToken`) get their timeout from the bridge, not the library:
 *   the library resolves `TimeoutSecondsPath` against the wrong input and waits with a bare
 *   setTimeout, so the timeout is carried to the bridge in a hidden parameter instead;
 * - heartbeats are refused when the definition is loaded: the library has none, and a
 *   definition that relied on them would behave differently here than in AWS;
 * - a retrier waiting on a person (policies.ts `AWAITS_PERSON_ERRORS`: pauses of up to an hour)
 *   pauses `PERSON_RETRY_LOCAL_MS` here, so a local run sees the wait end once the person acts.
 */

export const LOCAL_ACCOUNT = '000000000000';
export const TIMEOUT_PARAMETER = '__localTimeoutSeconds';
/** The longest timeout the library's setTimeout can hold (~24.8 days); the bridge enforces the real one. */
const LIBRARY_MAX_TIMEOUT_SECONDS = 2_147_483;

export type JsonObject = { [key: string]: unknown };

export const PERSON_RETRY_LOCAL_MS = 500;

/**
 * The library's `retryIntervalOverrides`: for each task state with a retrier waiting on a person,
 * one entry per retrier, `PERSON_RETRY_LOCAL_MS` for those and -1 (the definition's own pause) for
 * the others.
 */
export function personRetryOverrides(definition: JsonObject): Record<string, number[]> {
  const awaitsPerson = (retrier: JsonObject) =>
    (retrier.ErrorEquals as string[]).some((error) =>
      (AWAITS_PERSON_ERRORS as readonly string[]).includes(error),
    );
  return Object.fromEntries(
    taskStates(definition)
      .map(([name, state]) => [name, (state.Retry as JsonObject[] | undefined) ?? []] as const)
      .filter(([, retriers]) => retriers.some(awaitsPerson))
      .map(([name, retriers]) => [
        name,
        retriers.map((retrier) => (awaitsPerson(retrier) ? PERSON_RETRY_LOCAL_MS : -1)),
      ]),
  );
}

export function lambdaArn(region: string, functionName: string): string {
  return `arn:aws:lambda:${region}:${LOCAL_ACCOUNT}:function:${functionName}`;
}

export function functionNameOf(arn: string): string | undefined {
  return /^arn:aws:lambda:[^:]+:\d{12}:function:([A-Za-z0-9_-]+)$/.exec(arn)?.[1];
}

export function isCallbackResource(resource: string): boolean {
  return resource.endsWith('.waitForTaskToken');
}

/** Replaces every `${Name}` with its substitution; an unknown name is an error, as in CloudFormation. */
export function substitute(text: string, substitutions: Readonly<Record<string, string>>): string {
  return text.replace(/\$\{([A-Za-z0-9_]+)\}/g, (_match, name: string) => {
    const value = substitutions[name];
    if (value === undefined)
      throw new Error(`No substitution for \${${name}} in the state machine definition`);
    return value;
  });
}

/** Every Task state of a definition, nested ones (Parallel branches, Map processors) included. */
export function taskStates(definition: JsonObject): Array<[string, JsonObject]> {
  const found: Array<[string, JsonObject]> = [];
  const states = definition.States as Record<string, JsonObject>;
  for (const [name, state] of Object.entries(states)) {
    if (state.Type === 'Task') found.push([name, state]);
    for (const branch of (state.Branches as JsonObject[] | undefined) ?? [])
      found.push(...taskStates(branch));
    const processor = (state.ItemProcessor ?? state.Iterator) as JsonObject | undefined;
    if (processor) found.push(...taskStates(processor));
  }
  return found;
}

function moveCallbackTimeout(state: JsonObject): void {
  const parameters = (state.Parameters ?? {}) as JsonObject;
  if (typeof state.TimeoutSecondsPath === 'string') {
    parameters[`${TIMEOUT_PARAMETER}.$`] = state.TimeoutSecondsPath;
  } else if (typeof state.TimeoutSeconds === 'number') {
    parameters[TIMEOUT_PARAMETER] = state.TimeoutSeconds;
  }
  state.Parameters = parameters;
  delete state.TimeoutSecondsPath;
  state.TimeoutSeconds = LIBRARY_MAX_TIMEOUT_SECONDS;
}

/** The definition as the local engine runs it (see the module comment). */
export function prepareDefinition(asl: string, substitutions: Readonly<Record<string, string>>): JsonObject {
  const definition = JSON.parse(substitute(asl, substitutions)) as JsonObject;
  for (const [name, state] of taskStates(definition)) {
    if ('HeartbeatSeconds' in state || 'HeartbeatSecondsPath' in state) {
      throw new Error(`${name}: the local engine has no heartbeats; the definition must not rely on them`);
    }
    if (isCallbackResource(String(state.Resource))) moveCallbackTimeout(state);
  }
  return definition;
}
