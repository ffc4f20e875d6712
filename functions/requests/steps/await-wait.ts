import { z } from 'zod';
import { stepHandler } from '#kernel/lambda/step-handler';
import { WAITS } from '#requests/domain/request';
import { awaitWait } from '#requests/use-cases/task-tokens';
import { stepDeps } from './deps';

export const handler = stepHandler(
  z.object({ requestId: z.uuid(), stage: z.enum(WAITS), taskToken: z.string().min(1) }),
  async ({ requestId, stage, taskToken }) => ({
    state: await awaitWait(stepDeps, requestId, stage, taskToken),
  }),
);
