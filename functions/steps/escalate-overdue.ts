import { z } from 'zod';
import { businessMetrics } from '#adapters/business-metrics';
import { accountDirectory, signingAuthorities } from '#adapters/directory-records';
import { forceMajeurePeriods } from '#adapters/force-majeure-records';
import { mailOutbox } from '#adapters/mail-outbox';
import { sesMailer } from '#adapters/ses-mailer';
import { STAGES } from '#domain/request';
import { outboxMailer } from '#domain/use-cases/mail-outbox';
import { escalateOverdue } from '#domain/use-cases/stage-steps';
import { stepDeps } from './deps';
import { stepHandler } from './step';

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
