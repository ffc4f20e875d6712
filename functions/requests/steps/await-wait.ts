import { z } from 'zod';
import { stepHandler } from '#kernel/lambda/step-handler';
import { WAITS } from '#requests/domain/request';
import { awaitWait, openWait } from '#requests/use-cases/task-tokens';
import { stepDeps } from './deps';

/** Records the task token of a wait; with `open`, opens the wait first (a wait with no deadline is one state). */
export const handler = stepHandler(
  z.object({
    requestId: z.uuid(),
    stage: z.enum(WAITS),
    taskToken: z.string().min(1),
    open: z.boolean().optional(),
  }),
  async ({ requestId, stage, taskToken, open }) => {
    if (open) await openWait(stepDeps, requestId, stage);
    return { state: await awaitWait(stepDeps, requestId, stage, taskToken) };
  },
);
