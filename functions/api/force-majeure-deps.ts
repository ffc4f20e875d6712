import { clock } from '#adapters/clock';
import { forceMajeurePeriods } from '#adapters/force-majeure-records';
import { ids } from '#adapters/ids';
import { requests } from '#adapters/request-records';
import { settings } from '#adapters/settings';

/** What the routes that declare and end force majeure share (table access only). */
export const forceMajeureDeps = { periods: forceMajeurePeriods, records: requests, clock, ids, settings };
