import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type StepSpec, stepPlaceholder, steps } from '#steps/steps';

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
const stepList = Object.values(steps) as StepSpec[];
const substituted = text.replace(
  /\$\{([A-Za-z]+)\}/g,
  (_match, name: string) => `arn:aws:lambda:ap-southeast-3:123456789012:function:${name}`,
);
const definition = JSON.parse(substituted) as { StartAt: string; States: Record<string, State> };
const states = Object.entries(definition.States);

describe('statemachines/service-request.asl.json', () => {
  it('is valid Amazon States Language', () => {
    const result = aslValidator(structuredClone(definition), { checkArn: true, checkPaths: true });
    expect(result.errorsText('\n')).toBe('');
    expect(result.isValid).toBe(true);
  });

  it('uses exactly the placeholders of the step table', () => {
    const used = new Set([...text.matchAll(/\$\{([A-Za-z]+)\}/g)].map((match) => match[1]));
    expect([...used].sort()).toEqual(stepList.map(stepPlaceholder).sort());
  });

  it('names states as plain English phrases an auditor can read', () => {
    for (const [name] of states) expect(name).toMatch(/^(?:[A-Z][a-z]+)+$/);
  });

  it('gives every Task a retry for transient errors and a catch to a named state', () => {
    for (const [name, state] of states.filter(([, candidate]) => candidate.Type === 'Task')) {
      const retry = state.Retry as Array<{ ErrorEquals: string[] }> | undefined;
      const catches = state.Catch as Array<{ ErrorEquals: string[]; Next: string }> | undefined;
      expect(
        retry?.some((rule) => rule.ErrorEquals.includes('Lambda.TooManyRequestsException')),
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

  it('passes the task token to every callback and bounds the first wait of each stage by its service level', () => {
    const callbacks = states.filter(([, state]) => String(state.Resource).endsWith('.waitForTaskToken'));
    expect(callbacks.length).toBeGreaterThan(0);
    for (const [name, state] of callbacks) {
      const payload = (state.Parameters as { Payload: Record<string, string> }).Payload;
      expect(payload['taskToken.$'], name).toBe('$$.Task.Token');
      if (!name.startsWith('AwaitOverdue')) {
        expect(state.TimeoutSecondsPath, name).toBe('$.stage.timeoutSeconds');
        const timeout = (state.Catch as Array<{ ErrorEquals: string[]; Next: string }>)[0];
        expect(timeout?.ErrorEquals, name).toEqual(['States.Timeout']);
        expect(timeout?.Next, name).toMatch(/^EscalateOverdue/);
      }
    }
  });
});
