import { z } from 'zod';
import { forceMajeurePeriods } from '#force-majeure/adapters/force-majeure-records';
import { stepHandler } from '#kernel/lambda/step-handler';
import { rejectIncomplete } from '#requests/use-cases/stage-steps';
import { stepDeps } from './deps';

const deps = { ...stepDeps, forceMajeure: forceMajeurePeriods };

export const handler = stepHandler(z.object({ requestId: z.uuid() }), ({ requestId }) =>
  rejectIncomplete(deps, requestId),
);
