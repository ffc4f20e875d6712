import type { Employee } from '#employees';
import {
  ACCREDITATION_STRENGTH,
  type Accreditation,
  cite,
  type NationalRule,
  type NationalRules,
  type StudyLevel,
} from '#employees';
import {
  addYears,
  completedMonths,
  completedYears,
  describeMonths,
  firstOfNextMonth,
  formatDate,
} from '#kernel/domain/dates';
import type { EligibilityFinding } from './service';

/** A clear-cut violation: the request is refused at registration. */
export function blocking(message: string, field?: string): EligibilityFinding {
  return field ? { blocking: true, message, field } : { blocking: true, message };
}

/** A point the verifier should weigh; the request proceeds. */
export function note(message: string, field?: string): EligibilityFinding {
  return field ? { blocking: false, message, field } : { blocking: false, message };
}

/** Where a length of service is counted from, and which master-data field that is. */
export interface ServiceStart {
  readonly date: string;
  readonly field: string;
}

/** Service counted from TMT CPNS: continuous service of a civil servant starts there (CPNS included). */
export function fromTmtCpns(employee: Employee): ServiceStart | undefined {
  return employee.tmtCpns ? { date: employee.tmtCpns, field: 'employee.tmtCpns' } : undefined;
}

/** Service counted from TMT PNS, as study permits and assignments count it. */
export function fromTmtPns(employee: Employee): ServiceStart | undefined {
  return employee.tmtPns ? { date: employee.tmtPns, field: 'employee.tmtPns' } : undefined;
}

interface MinimumServiceCheck {
  /** What needs the service, as the sentence's subject: "Cuti tahunan". */
  readonly subject: string;
  readonly start: ServiceStart | undefined;
  /** The date the service must be complete by. */
  readonly at: string;
  readonly rule: NationalRule<number>;
  /** Whether a shortfall refuses the request or only informs the verifier. */
  readonly refuse: boolean;
  /** What the missing start date is called, for the note when master data lacks it. */
  readonly startName: string;
}

/** Checks a minimum length of service; a missing start date becomes a note, never a crash. */
export function checkMinimumService(check: MinimumServiceCheck): EligibilityFinding[] {
  const { subject, start, at, rule, refuse, startName } = check;
  if (!start) {
    return [
      note(
        `${startName} tidak tercatat pada data induk: verifikator memeriksa masa kerja ${rule.value} tahun untuk ` +
          `${subject.toLowerCase()} (${cite(rule)}).`,
      ),
    ];
  }
  if (addYears(start.date, rule.value) <= at) return [];
  const served = describeMonths(completedMonths(start.date, at));
  const message =
    `${subject} memerlukan masa kerja sekurang-kurangnya ${rule.value} tahun sejak ${startName} ` +
    `(${cite(rule)}); pada ${formatDate(at)} masa kerja baru ${served}.`;
  return [refuse ? blocking(message, start.field) : note(message, start.field)];
}

/** The pension TMT at BUP: the first of the month after the month the retirement age is reached. */
export function retirementTmt(birthDate: string, retirementAge: number): string {
  return firstOfNextMonth(addYears(birthDate, retirementAge));
}

/** Checks that a study programme's accreditation reaches the minimum the rules set. */
export function checkAccreditation(accreditation: Accreditation, rules: NationalRules): EligibilityFinding[] {
  const minimum = rules.studyMinimumAccreditation;
  if (ACCREDITATION_STRENGTH[accreditation] >= ACCREDITATION_STRENGTH[minimum.value]) return [];
  return [
    blocking(
      `Program studi harus terakreditasi sekurang-kurangnya ${minimum.value.replaceAll('_', ' ')} (${cite(minimum)}).`,
      'details.accreditation',
    ),
  ];
}

interface StudyAgeCheck {
  readonly employee: Employee;
  readonly level: StudyLevel;
  /** Whether the relaxed limits for remote (3T) regions or positions in short supply apply. */
  readonly special: boolean;
  readonly at: string;
  readonly rules: NationalRules;
  readonly refuse: boolean;
}

/** Checks the age limit for sponsored study at a level; a missing birth date becomes a note. */
export function checkStudyAge(check: StudyAgeCheck): EligibilityFinding[] {
  const { employee, level, special, at, rules, refuse } = check;
  const rule = special ? rules.studyAssignmentMaximumAgeSpecial : rules.studyAssignmentMaximumAge;
  const limit = rule.value[level];
  if (!employee.birthDate) {
    return [
      note(`Tanggal lahir tidak tercatat: verifikator memeriksa batas usia ${limit} tahun (${cite(rule)}).`),
    ];
  }
  const age = completedYears(employee.birthDate, at);
  if (age <= limit) return [];
  const message = `Usia paling tinggi untuk tugas belajar jenjang ${level} adalah ${limit} tahun (${cite(rule)}); usia pegawai ${age} tahun.`;
  return [refuse ? blocking(message, 'employee.birthDate') : note(message, 'employee.birthDate')];
}
