import { describe, expect, it } from 'vitest';
import type { TaskState } from '#infra/statemachines/asl';
import { WorkflowBuilder } from '#infra/statemachines/builder';
import { formatJson } from '#infra/statemachines/json-format';
import { mermaidFlowchart } from '#infra/statemachines/mermaid';
import { SERVICE_RETRY, STEP_RETRY } from '#infra/statemachines/policies';
import type { StepSpec } from '#requests/steps/steps';

/** Steps of a workflow yet to come, to show the builder serves more than service requests. */
const step = (handler: string): StepSpec => ({ handler, access: [] });
const openRound = step('open-round');
const openWait = step('open-wait');
const awaitWait = step('await-wait');
const escalate = step('escalate-overdue');
const recordFault = step('record-fault');
const round = { 'roundId.$': '$.roundId' };
/** `${Name}`, as CDK and the local engine substitute it. */
const placeholder = (name: string) => `\${${name}}`;

function awardRound() {
  return new WorkflowBuilder({
    comment: 'An award round',
    onFault: 'HandleWorkflowFault',
    eventSource: 'layanan-asn-terpadu',
  });
}

/** A round that opens, waits for the panel's scores (escalated when late), and closes. */
function scoredRound() {
  return awardRound()
    .task('OpenRound', { step: openRound, parameters: round, resultPath: '$.round', next: 'NotifyNominees' })
    .notify('NotifyNominees', { step: step('notify-nominees'), parameters: round, next: 'OpenPanelScoring' })
    .escalatingWait({
      subject: 'PanelScoring',
      open: { name: 'OpenPanelScoring', step: openWait, parameters: { ...round, stage: 'SCORING' } },
      await: { name: 'AwaitPanelScores', step: awaitWait, payload: { ...round, stage: 'SCORING' } },
      escalate: { step: escalate, parameters: round },
      overdue: { detailType: 'StageOverdue', detail: { ...round, stage: 'SCORING' } },
      next: 'RouteScoringOutcome',
    })
    .route('RouteScoringOutcome', {
      variable: '$.decision.route',
      routes: [['RANKING', 'PublishRoundClosed']],
      otherwise: 'StopAtUnknownRoute',
    })
    .publish('PublishRoundClosed', { detailType: 'AwardRoundClosed', detail: round, next: 'RoundClosed' })
    .succeed('RoundClosed')
    .fail('StopAtUnknownRoute', { error: 'UnknownRoute', cause: 'No such route.' })
    .faultHandler('HandleWorkflowFault', {
      step: recordFault,
      parameters: { 'fault.$': '$.fault' },
      fail: { name: 'FailForUnexpectedError', error: 'WorkflowFault', cause: 'See the audit trail.' },
    })
    .build();
}

const task = (name: string) => scoredRound().States[name] as TaskState;

describe('WorkflowBuilder', () => {
  it('gives a step the one retry policy for transient errors and sends what is left to the fault handler', () => {
    expect(task('OpenRound')).toEqual({
      Type: 'Task',
      Resource: placeholder('OpenRoundFunctionArn'),
      Parameters: round,
      ResultPath: '$.round',
      Retry: [STEP_RETRY],
      Catch: [{ ErrorEquals: ['States.ALL'], ResultPath: '$.fault', Next: 'HandleWorkflowFault' }],
      Next: 'NotifyNominees',
    });
    expect(STEP_RETRY.ErrorEquals).not.toContain('States.Timeout');
  });

  it('carries on past a notice that still fails after its retries', () => {
    expect(task('NotifyNominees').Catch).toEqual([
      { ErrorEquals: ['States.ALL'], ResultPath: '$.noticeFault', Next: 'OpenPanelScoring' },
    ]);
  });

  it("publishes an event on the workflow's bus, retrying any error", () => {
    const publish = task('PublishRoundClosed');
    expect(publish.Resource).toBe('arn:aws:states:::events:putEvents');
    expect(publish.Parameters).toEqual({
      Entries: [
        {
          EventBusName: placeholder('EventBusName'),
          Source: 'layanan-asn-terpadu',
          DetailType: 'AwardRoundClosed',
          Detail: round,
        },
      ],
    });
    expect(publish.Retry).toEqual([SERVICE_RETRY]);
  });

  it('bounds a wait by the deadline its opening step set, the timeout caught before any fault', () => {
    const wait = task('AwaitPanelScores');
    expect(wait.Parameters).toEqual({
      FunctionName: placeholder('AwaitWaitFunctionArn'),
      Payload: { ...round, stage: 'SCORING', 'taskToken.$': '$$.Task.Token' },
    });
    expect(wait.ResultPath).toBe('$.decision');
    expect(wait.TimeoutSecondsPath).toBe('$.wait.timeoutSeconds');
    expect(wait.Catch.map((catcher) => [catcher.ErrorEquals, catcher.Next])).toEqual([
      [['States.Timeout'], 'EscalateOverduePanelScoring'],
      [['States.ALL'], 'HandleWorkflowFault'],
    ]);
  });

  it('escalates a passed deadline and keeps waiting, with no deadline once the wait is overdue', () => {
    const states = scoredRound().States;
    expect(Object.keys(states).slice(2, 8)).toEqual([
      'OpenPanelScoring',
      'AwaitPanelScores',
      'EscalateOverduePanelScoring',
      'RoutePanelScoringDeadline',
      'PublishPanelScoringOverdue',
      'AwaitOverduePanelScores',
    ]);
    expect(states.RoutePanelScoringDeadline).toEqual({
      Type: 'Choice',
      Choices: [{ Variable: '$.wait.postponed', BooleanEquals: true, Next: 'AwaitPanelScores' }],
      Default: 'PublishPanelScoringOverdue',
    });
    const overdue = task('AwaitOverduePanelScores');
    expect(overdue.TimeoutSecondsPath).toBeUndefined();
    expect(overdue.Next).toBe('RouteScoringOutcome');
  });

  it('starts at the first state and records the fault before failing, even if recording fails', () => {
    const machine = scoredRound();
    expect(machine.StartAt).toBe('OpenRound');
    expect(task('HandleWorkflowFault').Catch).toEqual([
      { ErrorEquals: ['States.ALL'], ResultPath: '$.faultRecording', Next: 'FailForUnexpectedError' },
    ]);
  });

  it('refuses a state name an auditor could not read, and a name given twice', () => {
    expect(() => awardRound().succeed('round_closed')).toThrow(/plain English/);
    expect(() => awardRound().succeed('RoundClosed').succeed('RoundClosed')).toThrow(/exists already/);
    expect(() =>
      awardRound()
        .callback('WaitForPanel', { step: awaitWait, payload: round, next: 'RoundClosed' })
        .escalatingWait({
          subject: 'Panel',
          open: { name: 'OpenPanel', step: openWait, parameters: round },
          await: { name: 'PanelScores', step: awaitWait, payload: round },
          escalate: { step: escalate, parameters: round },
          overdue: { detailType: 'StageOverdue', detail: round },
          next: 'RoundClosed',
        }),
    ).toThrow(/starts with Await/);
  });

  it('refuses a transition to no state, and a state no transition reaches', () => {
    expect(() =>
      awardRound().task('OpenRound', { step: openRound, parameters: round, next: 'RoundClosed' }).build(),
    ).toThrow('OpenRound goes to RoundClosed, which is no state');
    expect(() => awardRound().succeed('RoundClosed').succeed('RoundAbandoned').build()).toThrow(
      'No transition reaches RoundAbandoned',
    );
  });
});

describe('formatJson', () => {
  it('writes JSON as Biome formats it: one member a line, a list of plain values on one line when it fits', () => {
    const long = Array.from({ length: 12 }, (_, index) => `Error${index}Exception`);
    expect(formatJson({ short: ['a', 1, null], long, rows: [{ a: true }], none: [], empty: {} })).toBe(
      [
        '{',
        '  "short": ["a", 1, null],',
        '  "long": [',
        ...long.map((item, index) => `    "${item}"${index < long.length - 1 ? ',' : ''}`),
        '  ],',
        '  "rows": [',
        '    {',
        '      "a": true',
        '    }',
        '  ],',
        '  "none": [],',
        '  "empty": {}',
        '}',
        '',
      ].join('\n'),
    );
  });
});

describe('mermaidFlowchart', () => {
  it('draws each kind of state in its shape, a caught deadline as a dotted edge, and what repeats once', () => {
    const chart = mermaidFlowchart(scoredRound()).split('\n');
    expect(chart[0]).toBe('flowchart TD');
    expect(chart).toContain('  start(( )) --> OpenRound');
    expect(chart).toContain('  AwaitPanelScores([AwaitPanelScores])');
    expect(chart).toContain('  PublishRoundClosed[/PublishRoundClosed/]');
    expect(chart).toContain('  RouteScoringOutcome{RouteScoringOutcome}');
    expect(chart).toContain('  RouteScoringOutcome -->|"RANKING"| PublishRoundClosed');
    expect(chart).toContain('  RoutePanelScoringDeadline -->|"postponed true"| AwaitPanelScores');
    expect(chart).toContain('  AwaitPanelScores -.->|"States.Timeout"| EscalateOverduePanelScoring');
    expect(chart).toContain('  RoundClosed([RoundClosed]) --> finish(( ))');
    expect(chart.filter((line) => line.includes('-.-> HandleWorkflowFault'))).toEqual([
      '  failure{{any failure after retries}} -.-> HandleWorkflowFault',
    ]);
    expect(chart).toContain('  unmatched{{no branch matched}} -.-> StopAtUnknownRoute');
    expect(chart.some((line) => line.includes('NotifyNominees -.->'))).toBe(false);
  });
});
