import { z } from 'zod';
import { forceMajeurePeriods } from '#force-majeure/adapters/force-majeure-records';
import { rejectIncomplete } from '#requests/use-cases/stage-steps';
import { stepDeps } from './deps';
import { stepHandler } from './step';

const deps = { ...stepDeps, forceMajeure: forceMajeurePeriods };

export const handler = stepHandler(z.object({ requestId: z.uuid() }), ({ requestId }) =>
  rejectIncomplete(deps, requestId),
);
