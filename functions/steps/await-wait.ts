import { z } from 'zod';
import { WAITS } from '#domain/request';
import { awaitWait, openWait } from '#domain/use-cases/stage-steps';
import { stepDeps } from './deps';
import { stepHandler } from './step';

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
