import { z } from 'zod';
import { daysInMonth, monthName } from '#kernel/domain/dates';
import type { Employee, EmployeeType } from './employee';

/**
 * NIP (PNS and CPNS) and NI PPPK: both 18 digits and both begin with the birth date, so only the
 * employee type tells which layout applies. A NIP's birth date and appointment are what was
 * keyed in when the number was issued; rules compute with the stored master data, so the
 * cross-check reports differences as notes and never rejects the employee for them.
 */

/** At the API edge: an 18-digit NIP or NI PPPK (structure is checked by `parseNip` in the use case). */
export const nipSchema = z
  .string()
  .trim()
  .regex(/^\d{18}$/, 'harus 18 digit angka');

/** A PNS/CPNS NIP taken apart. Dates are ISO; `appointment` is the TMT CPNS month `YYYY-MM`. */
export interface PnsNipParts {
  readonly kind: 'PNS';
  readonly nip: string;
  readonly birthDate: string;
  readonly appointment: string;
  readonly sex: 'L' | 'P';
  readonly sequence: string;
}

/** A NI PPPK taken apart: the appointment is a year only, followed by a 2-digit code. */
export interface PppkNipParts {
  readonly kind: 'PPPK';
  readonly nip: string;
  readonly birthDate: string;
  readonly appointmentYear: number;
  readonly code: string;
  readonly sex: 'L' | 'P';
  readonly sequence: string;
}

/** A decoded NIP or NI PPPK. */
export type NipParts = PnsNipParts | PppkNipParts;

/**
 * The outcome of `parseNip`: a value rather than an exception because an import reports every
 * bad row and carries on; a use case that must refuse turns `message` into a ValidationError.
 */
export type NipParseResult =
  | { readonly ok: true; readonly parts: NipParts }
  | { readonly ok: false; readonly message: string };

/** Oldest birth year accepted: anything earlier is a typing error, not a serving employee. */
const EARLIEST_BIRTH_YEAR = 1900;
const MINIMUM_APPOINTMENT_AGE = 18;

/** `15 Maret 1990` from an ISO date; `Maret 2015` from `YYYY-MM`. */
export function formatIndonesianDate(iso: string): string {
  const [year = '', month = '', day] = iso.split('-');
  const monthYear = `${monthName(Number(month))} ${year}`;
  return day === undefined ? monthYear : `${Number(day)} ${monthYear}`;
}

function failure(message: string): NipParseResult {
  return { ok: false, message };
}

function checkBirthDate(digits: string, label: string, today: string): string | undefined {
  const year = Number(digits.slice(0, 4));
  const month = Number(digits.slice(4, 6));
  const day = Number(digits.slice(6, 8));
  if (month < 1 || month > 12) {
    return `Bulan lahir pada ${label} (digit 5–6) tidak valid: ${digits.slice(4, 6)}; seharusnya 01 sampai 12.`;
  }
  if (day < 1 || day > daysInMonth(year, month)) {
    return `Tanggal lahir pada ${label} (digit 1–8) tidak ada dalam kalender: ${day} ${monthName(month)} ${year}.`;
  }
  if (year < EARLIEST_BIRTH_YEAR) return `Tahun lahir pada ${label} (digit 1–4) tidak mungkin: ${year}.`;
  const iso = `${digits.slice(0, 4)}-${digits.slice(4, 6)}-${digits.slice(6, 8)}`;
  if (iso > today) return `Tanggal lahir pada ${label} (${formatIndonesianDate(iso)}) masih di masa depan.`;
  return undefined;
}

function sexOf(digit: string): 'L' | 'P' | undefined {
  if (digit === '1') return 'L';
  if (digit === '2') return 'P';
  return undefined;
}

function eighteenthBirthday(birthDate: string): string {
  return `${Number(birthDate.slice(0, 4)) + MINIMUM_APPOINTMENT_AGE}${birthDate.slice(4)}`;
}

function checkAppointmentMonth(nip: string): string | undefined {
  const month = Number(nip.slice(12, 14));
  if (month >= 1 && month <= 12) return undefined;
  return `Bulan TMT CPNS pada NIP (digit 13–14) tidak valid: ${nip.slice(12, 14)}; seharusnya 01 sampai 12.`;
}

function checkSex(nip: string, label: string): string | undefined {
  const digit = nip.charAt(14);
  if (sexOf(digit)) return undefined;
  return `Digit jenis kelamin pada ${label} (digit ke-15) harus 1 (laki-laki) atau 2 (perempuan), bukan ${digit}.`;
}

function checkSequence(nip: string, label: string): string | undefined {
  return nip.endsWith('000') ? `Nomor urut pada ${label} (digit 16–18) tidak boleh 000.` : undefined;
}

/** A TMT CPNS month (NIP) or appointment year (NI PPPK) must fall between the 18th birthday and today. */
function checkAppointmentTime(nip: string, employeeType: EmployeeType, today: string): string | undefined {
  const born = `${nip.slice(0, 4)}-${nip.slice(4, 6)}-${nip.slice(6, 8)}`;
  const adult = eighteenthBirthday(born);
  const tooYoung = `sebelum pegawai berusia ${MINIMUM_APPOINTMENT_AGE} tahun (lahir ${formatIndonesianDate(born)})`;
  if (employeeType === 'PPPK') {
    const year = nip.slice(8, 12);
    if (`${year}-12-31` < adult) return `Tahun pengangkatan pada NI PPPK (${year}) ${tooYoung}.`;
    if (year > today.slice(0, 4)) return `Tahun pengangkatan pada NI PPPK (${year}) masih di masa depan.`;
    return undefined;
  }
  const appointment = `${nip.slice(8, 12)}-${nip.slice(12, 14)}`;
  const shown = formatIndonesianDate(appointment);
  // A TMT is always the first of a month, so that day must fall on or after the 18th birthday.
  if (`${appointment}-01` < adult) return `TMT CPNS pada NIP (${shown}) ${tooYoung}.`;
  if (appointment > today.slice(0, 7)) return `TMT CPNS pada NIP (${shown}) masih di masa depan.`;
  return undefined;
}

/**
 * Checks the structure of an 18-digit NIP (PNS, CPNS) or NI PPPK (PPPK) against `today`
 * (ISO `YYYY-MM-DD`, the agency's local date) and decodes it; on failure names the first
 * problem in Bahasa Indonesia, reading the number left to right.
 */
export function parseNip(nip: string, employeeType: EmployeeType, today: string): NipParseResult {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(today)) throw new RangeError(`today must be YYYY-MM-DD: ${today}`);
  const isPppk = employeeType === 'PPPK';
  const label = isPppk ? 'NI PPPK' : 'NIP';
  if (!/^\d{18}$/.test(nip)) {
    const what = /^\d*$/.test(nip) ? `${nip.length} digit` : 'karakter selain angka';
    return failure(`${label} harus terdiri atas 18 digit angka; yang diisi berisi ${what}.`);
  }
  const problem =
    checkBirthDate(nip, label, today) ??
    (isPppk ? undefined : checkAppointmentMonth(nip)) ??
    checkSex(nip, label) ??
    checkSequence(nip, label) ??
    checkAppointmentTime(nip, employeeType, today);
  const sex = sexOf(nip.charAt(14));
  if (problem !== undefined || sex === undefined) return failure(problem ?? `${label} tidak valid.`);

  const birthDate = `${nip.slice(0, 4)}-${nip.slice(4, 6)}-${nip.slice(6, 8)}`;
  const sequence = nip.slice(15);
  if (isPppk) {
    const appointmentYear = Number(nip.slice(8, 12));
    return {
      ok: true,
      parts: { kind: 'PPPK', nip, birthDate, appointmentYear, code: nip.slice(12, 14), sex, sequence },
    };
  }
  const appointment = `${nip.slice(8, 12)}-${nip.slice(12, 14)}`;
  return { ok: true, parts: { kind: 'PNS', nip, birthDate, appointment, sex, sequence } };
}

const SEX_NAMES = { L: 'laki-laki', P: 'perempuan' } as const;

/**
 * Where a decoded NIP disagrees with the stored master data, one Bahasa note per difference.
 * Fields not stored are not compared; the stored values stay authoritative.
 */
export function crossCheckNip(
  parts: NipParts,
  employee: Pick<Employee, 'birthDate' | 'sex' | 'tmtCpns'>,
): string[] {
  const label = parts.kind === 'PPPK' ? 'NI PPPK' : 'NIP';
  const notes: string[] = [];
  if (employee.birthDate !== undefined && employee.birthDate !== parts.birthDate) {
    notes.push(
      `Tanggal lahir pada ${label} (${formatIndonesianDate(parts.birthDate)}) berbeda dengan tanggal lahir ` +
        `tercatat (${formatIndonesianDate(employee.birthDate)}); perhitungan memakai tanggal lahir tercatat.`,
    );
  }
  if (employee.sex !== undefined && employee.sex !== parts.sex) {
    notes.push(
      `Jenis kelamin pada ${label} (${SEX_NAMES[parts.sex]}) berbeda dengan jenis kelamin tercatat ` +
        `(${SEX_NAMES[employee.sex]}).`,
    );
  }
  if (
    parts.kind === 'PNS' &&
    employee.tmtCpns !== undefined &&
    !employee.tmtCpns.startsWith(parts.appointment)
  ) {
    notes.push(
      `TMT CPNS pada NIP (${formatIndonesianDate(parts.appointment)}) berbeda dengan TMT CPNS tercatat ` +
        `(${formatIndonesianDate(employee.tmtCpns)}); perhitungan memakai TMT CPNS tercatat.`,
    );
  }
  return notes;
}
