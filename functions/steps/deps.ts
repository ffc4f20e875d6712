import { clock } from '#adapters/clock';
import { requestRecords } from '#adapters/request-records';
import { settings } from '#adapters/settings';
import { workflowCallbacks } from '#adapters/workflow-callbacks';

/** What every workflow step shares: records, time, settings, and the callbacks that resume the workflow. */
export const stepDeps = { records: requestRecords(clock), workflow: workflowCallbacks, clock, settings };
