import { SendTaskSuccessCommand, SFNClient } from '@aws-sdk/client-sfn';
import { tracer } from '#kernel/adapters/observability';
import { ConflictError } from '#kernel/domain/errors';
import type { Workflow } from '#requests/domain/ports';

export const sfn = tracer.captureAWSv3Client(new SFNClient({}));

/** Errors meaning the task this token belonged to no longer waits (timed out, or already resumed). */
const EXPIRED_TASK = new Set(['TaskTimedOut', 'TaskDoesNotExist', 'InvalidToken']);

/**
 * Resumes a waiting task. It needs only the token, not the state machine's ARN, so the
 * workflow's own steps can resume it without depending on it.
 */
export const workflowCallbacks: Pick<Workflow, 'resume'> = {
  async resume(token, output) {
    try {
      await sfn.send(new SendTaskSuccessCommand({ taskToken: token, output: JSON.stringify(output) }));
    } catch (error) {
      if (error instanceof Error && EXPIRED_TASK.has(error.name)) {
        throw new ConflictError(
          'TASK_EXPIRED',
          'Tahap ini baru saja berubah. Muat ulang permohonan lalu ulangi.',
        );
      }
      throw error;
    }
  },
};
