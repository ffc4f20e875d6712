import { z } from 'zod';
import { stepHandler } from '#kernel/lambda/step-handler';
import { recordWorkflowFault } from '#requests/use-cases/stage-steps';
import { stepDeps } from './deps';

export const handler = stepHandler(
  z.object({ requestId: z.uuid(), fault: z.object({ Error: z.string(), Cause: z.string().default('') }) }),
  ({ requestId, fault }) => recordWorkflowFault(stepDeps, requestId, fault.Error, fault.Cause),
);
