/**
 * Personal data never reaches the logs (issue 7): values under personal keys are replaced, and
 * NIP- or NIK-shaped numbers are masked wherever they appear in a string (error messages,
 * stack traces, notes). Used as the Powertools logger's JSON replacer.
 */

/** Keys whose values are personal whatever they hold: identity numbers, birth data, addresses, contacts. */
const PERSONAL_KEY = /^(nik|nip|applicantNip|phone|telepon|email)$|birth|lahir|address|alamat/i;

/** 18 digits (NIP), or 16 (NIK), standing alone. */
const IDENTITY_NUMBER = /(?<!\d)(\d{18}|\d{16})(?!\d)/g;
/** An e-mail address. */
const EMAIL_ADDRESS = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;

export const REDACTED = '[disamarkan]';

/** Masks NIP- and NIK-shaped numbers and e-mail addresses wherever they stand in a text. */
export function redactText(text: string): string {
  return text
    .replace(IDENTITY_NUMBER, (digits) => (digits.length === 18 ? '[NIP]' : '[NIK]'))
    .replace(EMAIL_ADDRESS, '[surel]');
}

export function redactPersonalData(key: string, value: unknown): unknown {
  if (value === undefined || value === null) return value;
  if (PERSONAL_KEY.test(key)) return REDACTED;
  if (typeof value === 'string') return redactText(value);
  if (value instanceof Error) {
    return { name: value.name, message: redactText(value.message), stack: redactText(value.stack ?? '') };
  }
  return value;
}
