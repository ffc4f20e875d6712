import { z } from 'zod';
import { accountDirectory } from '#adapters/directory-records';
import { forceMajeurePeriods } from '#adapters/force-majeure-records';
import { sesMailer } from '#adapters/ses-mailer';
import { STAGES } from '#domain/request';
import { escalateOverdue } from '#domain/use-cases/stage-steps';
import { stepDeps } from './deps';
import { stepHandler } from './step';

const deps = {
  ...stepDeps,
  accounts: accountDirectory,
  mailer: sesMailer,
  forceMajeure: forceMajeurePeriods,
};

export const handler = stepHandler(
  z.object({ requestId: z.uuid(), stage: z.enum(STAGES) }),
  ({ requestId, stage }) => escalateOverdue(deps, requestId, stage),
);
