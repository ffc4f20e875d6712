import { pascalCase } from '#kernel/naming';
import type { Access } from '#kernel/resources';

export interface StepSpec {
  /** Module under functions/<slice>/steps/ exporting `handler` (infra/handlers.ts finds it). */
  readonly handler: string;
  readonly access: readonly Access[];
}

/** Every Lambda the state machine calls. Each is `${<Name>FunctionArn}` in the ASL files. */
export const steps = {
  notifyApplicant: { handler: 'notify-applicant', access: ['table:read', 'table:write', 'mail:send'] },
  openWait: { handler: 'open-wait', access: ['table:read', 'table:write'] },
  awaitWait: { handler: 'await-wait', access: ['table:read', 'table:write', 'workflow:resume'] },
  escalateOverdue: { handler: 'escalate-overdue', access: ['table:read', 'table:write', 'mail:send'] },
  rejectIncomplete: { handler: 'reject-incomplete', access: ['table:read', 'table:write'] },
  prepareDraft: {
    handler: 'prepare-draft',
    access: ['table:read', 'table:write', 'archive:drafts', 'api:link'],
  },
  /** The one function that signs with the agency's key: outputs, rejection letters, bulk manifests. */
  issueDocument: {
    handler: 'issue-document',
    access: [
      'table:read',
      'table:write',
      'archive:write',
      'uploads:read',
      'confirmed:read',
      'signing:sign',
      'api:link',
    ],
  },
  recordFault: { handler: 'record-fault', access: ['table:read', 'table:write'] },
} as const satisfies Record<string, StepSpec>;

/** The one placeholder that is not a function: the EventBridge bus domain events go to. */
export const EVENT_BUS_PLACEHOLDER = 'EventBusName';

/** `open-wait` → `OpenWaitFunctionArn`, the placeholder the ASL files use. */
export function stepPlaceholder(step: StepSpec): string {
  return `${pascalCase(step.handler)}FunctionArn`;
}
