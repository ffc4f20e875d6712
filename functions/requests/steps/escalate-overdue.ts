import { z } from 'zod';
import { accountDirectory, signingAuthorities } from '#accounts/adapters/directory-records';
import { forceMajeurePeriods } from '#force-majeure/adapters/force-majeure-records';
import { businessMetrics } from '#kernel/adapters/business-metrics';
import { STAGES } from '#kernel/domain/stages';
import { stepHandler } from '#kernel/lambda/step-handler';
import { mailOutbox } from '#mail/adapters/mail-outbox';
import { sesMailer } from '#mail/adapters/ses-mailer';
import { outboxMailer } from '#mail/use-cases/mail-outbox';
import { escalateOverdue } from '#requests/use-cases/stage-steps';
import { stepDeps } from './deps';

const deps = {
  ...stepDeps,
  accounts: accountDirectory,
  authorities: signingAuthorities,
  mailer: outboxMailer({ outbox: mailOutbox, transport: sesMailer, clock: stepDeps.clock }),
  forceMajeure: forceMajeurePeriods,
};

export const handler = stepHandler(
  z.object({ requestId: z.uuid(), stage: z.enum(STAGES) }),
  async ({ requestId, stage }) => {
    const result = await escalateOverdue(deps, requestId, stage);
    if (!result.postponed) businessMetrics.slaBreached();
    return result;
  },
);
