import { z } from 'zod';
import { forceMajeurePeriods } from '#adapters/force-majeure-records';
import { rejectIncomplete } from '#domain/use-cases/stage-steps';
import { stepDeps } from './deps';
import { stepHandler } from './step';

const deps = { ...stepDeps, forceMajeure: forceMajeurePeriods };

export const handler = stepHandler(z.object({ requestId: z.uuid() }), ({ requestId }) =>
  rejectIncomplete(deps, requestId),
);
