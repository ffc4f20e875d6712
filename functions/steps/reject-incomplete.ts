import { z } from 'zod';
import { rejectIncomplete } from '#domain/use-cases/stage-steps';
import { stepDeps } from './deps';
import { stepHandler } from './step';

export const handler = stepHandler(z.object({ requestId: z.uuid() }), ({ requestId }) =>
  rejectIncomplete(stepDeps, requestId),
);
