import { z } from 'zod';
import { stepHandler } from '#kernel/lambda/step-handler';
import { WAITS } from '#requests/domain/request';
import { openWait } from '#requests/use-cases/task-tokens';
import { stepDeps } from './deps';

export const handler = stepHandler(
  z.object({ requestId: z.uuid(), stage: z.enum(WAITS) }),
  ({ requestId, stage }) => openWait(stepDeps, requestId, stage),
);
