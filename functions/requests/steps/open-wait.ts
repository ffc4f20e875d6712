import { z } from 'zod';
import { WAITS } from '#requests/domain/request';
import { openWait } from '#requests/use-cases/task-tokens';
import { stepDeps } from './deps';
import { stepHandler } from './step';

export const handler = stepHandler(
  z.object({ requestId: z.uuid(), stage: z.enum(WAITS) }),
  ({ requestId, stage }) => openWait(stepDeps, requestId, stage),
);
