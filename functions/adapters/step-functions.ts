import { SendTaskSuccessCommand, SFNClient, StartExecutionCommand } from '@aws-sdk/client-sfn';
import { ConflictError } from '#domain/errors';
import type { Workflow } from '#domain/ports';
import { RESOURCE_ENV } from '../resources';
import { requireEnv } from './env';
import { tracer } from './observability';

const stateMachineArn = requireEnv(RESOURCE_ENV.workflow);
export const sfn = tracer.captureAWSv3Client(new SFNClient({}));

/** Errors meaning the task this token belonged to no longer waits (timed out, or already resumed). */
const EXPIRED_TASK = new Set(['TaskTimedOut', 'TaskDoesNotExist', 'InvalidToken']);

export const stepFunctionsWorkflow: Workflow = {
  async start(name, input) {
    const result = await sfn.send(
      new StartExecutionCommand({ stateMachineArn, name, input: JSON.stringify(input) }),
    );
    return result.executionArn ?? '';
  },

  async resume(token, output) {
    try {
      await sfn.send(new SendTaskSuccessCommand({ taskToken: token, output: JSON.stringify(output) }));
    } catch (error) {
      if (error instanceof Error && EXPIRED_TASK.has(error.name)) {
        throw new ConflictError(
          'TASK_EXPIRED',
          'Tahap ini baru saja berubah (misalnya melewati batas waktu). Muat ulang permohonan lalu ulangi keputusan.',
        );
      }
      throw error;
    }
  },
};
