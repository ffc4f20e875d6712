import { z } from 'zod';
import { recordWorkflowFault } from '#requests/use-cases/stage-steps';
import { stepDeps } from './deps';
import { stepHandler } from './step';

export const handler = stepHandler(
  z.object({ requestId: z.uuid(), fault: z.object({ Error: z.string(), Cause: z.string().default('') }) }),
  ({ requestId, fault }) => recordWorkflowFault(stepDeps, requestId, fault.Error, fault.Cause),
);
