import { UnavailableError } from '#kernel/domain/errors';
import type { TimeZone } from '#kernel/domain/settings';
import { formatDateTime } from '#requests';

/**
 * A force-majeure period declared by the head of the region (Kediri Pasal 18): while it lasts,
 * services run manually; afterwards the requests it caught get their deadlines extended by its
 * working days, and the services handled on paper are entered into the system.
 */
export interface ForceMajeure {
  readonly id: string;
  readonly from: string;
  /** Until it is ended, the period is open. */
  readonly to?: string;
  /** The mayor's decree that declared it. */
  readonly decree: string;
  readonly note?: string;
  readonly declaredBy: string;
  readonly declaredAt: string;
  /** The last correction of a period recorded ahead, before it began. */
  readonly correctedBy?: string;
  readonly correctedAt?: string;
  readonly endedBy?: string;
  /** The extension given to the deadlines it caught, once the period ended. */
  readonly extension?: {
    readonly workingDays: number;
    readonly requests: number;
    readonly appliedAt: string;
  };
}

export function isActive(period: ForceMajeure, now: string): boolean {
  return period.from <= now && (!period.to || now < period.to);
}

/**
 * Whether deadlines stand still at `now`: a period is running (services are manual), or one has
 * ended and the extension of the deadlines it caught is not yet applied (they are about to move).
 * A period recorded ahead holds nothing before it begins.
 */
export function holdsDeadlines(
  periods: readonly ForceMajeure[],
  now: string,
): 'RUNNING' | 'ENDING' | undefined {
  if (periods.some((period) => isActive(period, now))) return 'RUNNING';
  if (periods.some((period) => period.from <= now && !period.extension)) return 'ENDING';
  return undefined;
}

/** Refuses new requests and submissions while services run manually. */
export function assertServicesOnline(
  periods: readonly ForceMajeure[],
  now: string,
  timeZone: TimeZone,
): void {
  const active = periods.find((period) => isActive(period, now));
  if (!active) return;
  throw new UnavailableError(
    'SERVICES_MANUAL',
    `Sejak ${formatDateTime(active.from, timeZone)} layanan dijalankan secara manual karena keadaan kahar ` +
      `(${active.decree}). Silakan datang ke kantor BKPSDM; permohonan Anda akan dicatat ke dalam sistem setelahnya.`,
  );
}
