import { z } from 'zod';
import { clock } from '#adapters/clock';
import { requestRecords } from '#adapters/request-records';
import { settings } from '#adapters/settings';
import { recordWorkflowFault } from '#domain/use-cases/stage-steps';
import { stepHandler } from './step';

const deps = { records: requestRecords(clock), clock, settings };

export const handler = stepHandler(
  z.object({ requestId: z.uuid(), fault: z.object({ Error: z.string(), Cause: z.string().default('') }) }),
  ({ requestId, fault }) => recordWorkflowFault(deps, requestId, fault.Error, fault.Cause),
);
