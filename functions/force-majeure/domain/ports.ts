import type { ForceMajeure } from './force-majeure';

/** Force-majeure periods: a handful in an agency's life, listed whole. */
export interface ForceMajeurePeriods {
  put(period: ForceMajeure): Promise<void>;
  get(id: string): Promise<ForceMajeure | undefined>;
  list(): Promise<ForceMajeure[]>;
  /** Removes a period recorded ahead that was withdrawn before it began. */
  remove(id: string): Promise<void>;
}
