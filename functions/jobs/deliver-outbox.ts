import { z } from 'zod';
import { clock } from '#adapters/clock';
import { requests } from '#adapters/request-records';
import { stepFunctionsWorkflow } from '#adapters/step-functions';
import { deliverOwedCalls } from '#domain/use-cases/deliver-outbox';
import { stepHandler } from '#steps/step';

const deps = { records: requests, workflow: stepFunctionsWorkflow, clock };

/** Runs on a schedule; the event is the scheduler's and carries nothing the job needs. */
export const handler = stepHandler(z.unknown(), () => deliverOwedCalls(deps));
