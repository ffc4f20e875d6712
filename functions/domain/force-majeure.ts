import { UnavailableError } from './errors';
import { formatDateTime } from './notices';
import type { TimeZone } from './settings';

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
