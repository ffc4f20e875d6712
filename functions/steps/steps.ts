import { pascalCase } from '../naming';
import type { Access } from '../resources';

export interface StepSpec {
  /** Module under functions/steps/ exporting `handler`. */
  readonly handler: string;
  readonly access: readonly Access[];
}

/** Every Lambda the state machine calls. Each is `${<Name>FunctionArn}` in the ASL files. */
export const steps = {
  notifyApplicant: { handler: 'notify-applicant', access: ['table:read', 'mail:send'] },
  openStage: { handler: 'open-stage', access: ['table:read', 'table:write'] },
  awaitDecision: { handler: 'await-decision', access: ['table:read', 'table:write'] },
  escalateOverdue: { handler: 'escalate-overdue', access: ['table:read', 'table:write'] },
  recordFault: { handler: 'record-fault', access: ['table:read', 'table:write'] },
} as const satisfies Record<string, StepSpec>;

/** `open-stage` → `OpenStageFunctionArn`, the placeholder the ASL files use. */
export function stepPlaceholder(step: StepSpec): string {
  return `${pascalCase(step.handler)}FunctionArn`;
}
