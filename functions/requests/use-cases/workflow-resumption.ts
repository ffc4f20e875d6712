import {
  type ResumeOutput,
  type ServiceRequest,
  WAIT_RULES,
  WAITS,
  type Wait,
} from '#requests/domain/request';
import { workflowInput } from './task-tokens';

/**
 * Where the workflow of a request restored from a backup (into a deployment that never ran it)
 * starts again: the wait its record is in, or the step its record shows unfinished before one.
 * The state machine's first state routes on it (`resumeAt`).
 */
export const RESUME_POINTS = [...WAITS, 'SIGNATURE_DRAFT', 'ISSUANCE', 'REJECTION_LETTER'] as const;
export type ResumePoint = (typeof RESUME_POINTS)[number];

/**
 * The resume point of a request, or undefined when its workflow has nothing left to do (a draft,
 * a completed request, a rejection with its letter) or was never started (an owed start, which
 * the outbox delivers as usual).
 */
export function resumePointOf(request: ServiceRequest): ResumePoint | undefined {
  if (request.status === 'DRAFT' || request.status === 'COMPLETED' || request.outbox?.kind === 'START')
    return undefined;
  if (request.status === 'REJECTED') return request.output ? undefined : 'REJECTION_LETTER';
  if (request.status === 'AWAITING_SIGNATURE' && !request.draft) return 'SIGNATURE_DRAFT';
  if (request.status === 'AWAITING_SURVEY' && !request.output) return 'ISSUANCE';
  return WAITS.find((wait: Wait) => WAIT_RULES[wait].status === request.status);
}

/**
 * The input of a restarted workflow: the usual one, where to start, and for an issuance the
 * signature it follows (the issued document's event names it), as identifiers only.
 */
export function resumedWorkflowInput(request: ServiceRequest, resumeAt: ResumePoint) {
  const signature = request.signature;
  const decision: ResumeOutput | undefined =
    resumeAt === 'ISSUANCE' && signature
      ? {
          stage: 'SIGNING',
          route: 'ISSUANCE',
          outcome: 'SIGN',
          decidedBy: signature.signedBy,
          decidedAt: signature.signedAt,
        }
      : undefined;
  return { ...workflowInput(request), resumeAt, ...(decision && { decision }) };
}
