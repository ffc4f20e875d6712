import { language } from './i18n';

const locale = () => (language() === 'en' ? 'en-GB' : 'id-ID');

/** A date and time as people read it where the agency is (WIB unless the API says otherwise). */
export function dateTime(iso: string | undefined): string {
  if (!iso) return '—';
  return new Intl.DateTimeFormat(locale(), {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'Asia/Jakarta',
  }).format(new Date(iso));
}

export function date(iso: string | undefined): string {
  if (!iso) return '—';
  const value = /^\d{4}-\d{2}-\d{2}$/.test(iso) ? `${iso}T00:00:00+07:00` : iso;
  return new Intl.DateTimeFormat(locale(), { dateStyle: 'long', timeZone: 'Asia/Jakarta' }).format(
    new Date(value),
  );
}

export function bytes(size: number): string {
  if (size < 1024) return `${size} B`;
  if (size < 1_048_576) return `${(size / 1024).toFixed(0)} KB`;
  return `${(size / 1_048_576).toFixed(1)} MB`;
}

export function percent(share: number | undefined): string {
  return share === undefined ? '—' : `${Math.round(share * 100)}%`;
}

/** A code such as `ALASAN_PENTING` as words: "Alasan penting". */
export function humanize(code: string): string {
  const words = code.toLowerCase().replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** An instant as a `datetime-local` input shows it, in the browser's time zone. */
export function localInput(iso: string | undefined): string {
  if (!iso) return '';
  const instant = new Date(iso);
  const local = new Date(instant.getTime() - instant.getTimezoneOffset() * 60_000);
  return local.toISOString().slice(0, 16);
}

/** A `datetime-local` input's value as an instant (ISO 8601, UTC); undefined when empty. */
export function instantOf(value: string): string | undefined {
  return value ? new Date(value).toISOString() : undefined;
}
