import { clock } from '#kernel/adapters/clock';
import { settings } from '#kernel/adapters/settings';
import { requestRecords } from '#requests/adapters/request-records';
import { workflowCallbacks } from '#requests/adapters/workflow-callbacks';

/** What every workflow step shares: records, time, settings, and the callbacks that resume the workflow. */
export const stepDeps = { records: requestRecords(clock), workflow: workflowCallbacks, clock, settings };
