import { z } from 'zod';
import { clock } from '#adapters/clock';
import { requestRecords } from '#adapters/request-records';
import { settings } from '#adapters/settings';
import { STAGES } from '#domain/request';
import { openStage } from '#domain/use-cases/stage-steps';
import { stepHandler } from './step';

const deps = { records: requestRecords(clock), clock, settings };

export const handler = stepHandler(
  z.object({ requestId: z.uuid(), stage: z.enum(STAGES) }),
  ({ requestId, stage }) => openStage(deps, requestId, stage),
);
