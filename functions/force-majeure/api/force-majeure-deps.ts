import { forceMajeurePeriods } from '#force-majeure/adapters/force-majeure-records';
import { clock } from '#kernel/adapters/clock';
import { ids } from '#kernel/adapters/ids';
import { settings } from '#kernel/adapters/settings';
import { requests } from '#requests/adapters/request-records';

/** What the routes that declare and end force majeure share (table access only). */
export const forceMajeureDeps = {
  forceMajeure: forceMajeurePeriods,
  records: requests,
  clock,
  ids,
  settings,
};
