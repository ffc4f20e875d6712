import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { eventually } from '#kit/eventually';
import { VirtualClock } from '#local/clock';
import { lambdaArn, prepareDefinition } from '#local/stepfunctions/definition';
import { SfnError, StepFunctionsEngine } from '#local/stepfunctions/engine';

const REGION = 'ap-southeast-3';

/** Two callback waits in a row; the first bounded by a timeout the previous step computes. */
const ASL = readFileSync(join(import.meta.dirname, '..', 'kit', 'two-callbacks.asl.json'), 'utf8');

const clocks: VirtualClock[] = [];

function setup() {
  const clock = new VirtualClock(1);
  clocks.push(clock);
  const tokens: string[] = [];
  const engine = new StepFunctionsEngine({
    region: REGION,
    clock,
    stateMachines: [
      {
        name: 'test',
        definition: prepareDefinition(ASL, {
          PrepareFunctionArn: lambdaArn(REGION, 'prepare'),
          RecordFunctionArn: lambdaArn(REGION, 'record'),
        }),
      },
    ],
    invoke: async (functionName, payload) => {
      if (functionName === 'prepare') return { timeoutSeconds: 3600 };
      tokens.push((payload as { token: string }).token);
      return null;
    },
  });
  const arn = engine.stateMachineArn('test');
  const waitForTokens = (count: number) =>
    eventually(
      async () => tokens.length,
      (length) => length >= count,
    );
  const settled = (executionArn: string) =>
    eventually(
      async () => engine.describeExecution(executionArn),
      (execution) => execution.status !== 'RUNNING',
    );
  return { engine, clock, tokens, arn, waitForTokens, settled };
}

afterEach(() => {
  for (const clock of clocks.splice(0)) clock.stop();
});

describe('the local Step Functions engine', () => {
  it('resumes callback tasks with SendTaskSuccess, a distinct token each, and records history in AWS’s order', async () => {
    const { engine, tokens, arn, waitForTokens, settled } = setup();
    const { executionArn } = engine.startExecution(arn, 'run-1', JSON.stringify({ id: 'r1' }));
    await waitForTokens(1);
    engine.sendTaskSuccess(tokens[0] ?? '', JSON.stringify({ ok: 1 }));
    await waitForTokens(2);
    expect(tokens[1]).not.toBe(tokens[0]);
    engine.sendTaskSuccess(tokens[1] ?? '', JSON.stringify({ ok: 2 }));
    const execution = await settled(executionArn);
    expect(execution.status).toBe('SUCCEEDED');
    expect(JSON.parse(execution.output ?? '{}')).toMatchObject({
      id: 'r1',
      answer: { ok: 1 },
      second: { ok: 2 },
    });
    expect(engine.executionHistory(executionArn).map((event) => event.type)).toEqual([
      'ExecutionStarted',
      'TaskStateEntered',
      'LambdaFunctionScheduled',
      'LambdaFunctionStarted',
      'LambdaFunctionSucceeded',
      'TaskStateExited',
      'TaskStateEntered',
      'TaskScheduled',
      'TaskStarted',
      'TaskSubmitted',
      'TaskSucceeded',
      'TaskStateExited',
      'TaskStateEntered',
      'TaskScheduled',
      'TaskStarted',
      'TaskSubmitted',
      'TaskSucceeded',
      'TaskStateExited',
      'SucceedStateEntered',
      'SucceedStateExited',
      'ExecutionSucceeded',
    ]);
  });

  it('times a callback out after the seconds its TimeoutSecondsPath reads from the state input, on the virtual clock', async () => {
    const { engine, clock, tokens, arn, waitForTokens, settled } = setup();
    const { executionArn } = engine.startExecution(arn, 'run-2', JSON.stringify({ id: 'r2' }));
    await waitForTokens(1);
    clock.advance(3_599_000);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(engine.describeExecution(executionArn).status).toBe('RUNNING');
    clock.advance(2_000);
    const execution = await settled(executionArn);
    expect(JSON.parse(execution.output ?? '{}')).toMatchObject({
      outcome: 'late',
      late: { Error: 'States.Timeout' },
    });
    expect(engine.executionHistory(executionArn).some((event) => event.type === 'TaskTimedOut')).toBe(true);
    expect(() => engine.sendTaskSuccess(tokens[0] ?? '', '{}')).toThrow(
      expect.objectContaining({ type: 'TaskTimedOut' }),
    );
  });

  it('fails the execution with the error a SendTaskFailure names', async () => {
    const { engine, tokens, arn, waitForTokens, settled } = setup();
    const { executionArn } = engine.startExecution(arn, 'run-3', JSON.stringify({ id: 'r3' }));
    await waitForTokens(1);
    engine.sendTaskFailure(tokens[0] ?? '', 'Rejected', 'not allowed');
    const execution = await settled(executionArn);
    expect(execution).toMatchObject({ status: 'FAILED', error: 'Rejected', cause: 'not allowed' });
  });

  it('starts a named execution once: the same input returns it, another input is refused', async () => {
    const { engine, arn, waitForTokens } = setup();
    const first = engine.startExecution(arn, 'run-4', JSON.stringify({ id: 'r4' }));
    expect(engine.startExecution(arn, 'run-4', JSON.stringify({ id: 'r4' })).executionArn).toBe(
      first.executionArn,
    );
    expect(() => engine.startExecution(arn, 'run-4', JSON.stringify({ id: 'other' }))).toThrow(
      expect.objectContaining({ type: 'ExecutionAlreadyExists' }),
    );
    await waitForTokens(1);
    engine.stopExecution(first.executionArn);
    expect(engine.describeExecution(first.executionArn).status).toBe('ABORTED');
  });

  it('answers an unknown token with InvalidToken and an unknown execution with ExecutionDoesNotExist', () => {
    const { engine } = setup();
    expect(() => engine.sendTaskSuccess('nope', '{}')).toThrow(SfnError);
    expect(() => engine.sendTaskSuccess('nope', '{}')).toThrow(
      expect.objectContaining({ type: 'InvalidToken' }),
    );
    expect(() => engine.describeExecution('arn:aws:states:x:000000000000:execution:test:none')).toThrow(
      expect.objectContaining({ type: 'ExecutionDoesNotExist' }),
    );
  });

  it('refuses a definition whose Task resource it cannot run, when loaded rather than mid-execution', () => {
    const sqs = JSON.stringify({
      StartAt: 'Send',
      States: { Send: { Type: 'Task', Resource: 'arn:aws:states:::sqs:sendMessage', End: true } },
    });
    expect(
      () =>
        new StepFunctionsEngine({
          region: REGION,
          clock: new VirtualClock(1),
          stateMachines: [{ name: 'bad', definition: prepareDefinition(sqs, {}) }],
          invoke: async () => null,
        }),
    ).toThrow(/does not run Task resource/);
  });
});

describe('prepareDefinition', () => {
  it('substitutes placeholders and refuses an unknown one', () => {
    expect(() => prepareDefinition(ASL, { PrepareFunctionArn: 'x' })).toThrow(/RecordFunctionArn/);
  });

  it('refuses heartbeats, which the local engine cannot keep', () => {
    const definition = JSON.parse(ASL) as { States: Record<string, Record<string, unknown>> };
    (definition.States.AwaitSecondAnswer ?? {}).HeartbeatSeconds = 60;
    expect(() =>
      prepareDefinition(JSON.stringify(definition), { PrepareFunctionArn: 'a', RecordFunctionArn: 'b' }),
    ).toThrow(/AwaitSecondAnswer: the local engine has no heartbeats/);
  });

  it('carries a callback’s TimeoutSecondsPath to the bridge and lifts the library’s own timeout', () => {
    const definition = prepareDefinition(ASL, { PrepareFunctionArn: 'a', RecordFunctionArn: 'b' }) as {
      States: Record<string, Record<string, unknown>>;
    };
    const state = definition.States.AwaitAnswer ?? {};
    expect(state.TimeoutSecondsPath).toBeUndefined();
    expect(state.TimeoutSeconds).toBe(2_147_483);
    expect(state.Parameters).toMatchObject({ '__localTimeoutSeconds.$': '$.prep.timeoutSeconds' });
  });
});
