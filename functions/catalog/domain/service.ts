import type { z } from 'zod';
import type { Employee, EmployeeType, NationalRules, SalaryTable } from '#employees';
import type { ServiceCode } from '#kernel/domain/service-codes';
import type { Sla } from '#kernel/domain/stages';
import type { WorkCalendar } from '#kernel/domain/working-days';
import type { SalaryRaise } from './kgb-raise';

/** A requirement document of a service. */
export interface Requirement {
  readonly code: string;
  readonly name: string;
  readonly required: boolean;
  /** Whether the document may be taken from the employee's digital archive (Kediri Pasal 8b). */
  readonly fromArchive: boolean;
}

export type SignatureMode = 'ELECTRONIC' | 'WET';
export type HandoverMode = 'ELECTRONIC' | 'PHYSICAL' | 'BOTH';
export type ValidationTier = 'SUPERVISOR' | 'ADMINISTRATOR';
/** What the service issues: a decree (SK), a letter (surat), a certificate/charter (piagam), a card (kartu). */
export type OutputKind = 'DECREE' | 'LETTER' | 'CERTIFICATE' | 'CARD';

/** A finding of a service's eligibility rules. Blocking findings refuse the request at registration. */
export interface EligibilityFinding {
  readonly blocking: boolean;
  /** Bahasa Indonesia, citing the rule (e.g. "PP 11/2017 Pasal 311"). */
  readonly message: string;
  /** The request detail or employee field the finding concerns, e.g. `details.startDate`. */
  readonly field?: string;
}

export interface EligibilityContext<Details> {
  readonly employee: Employee;
  readonly details: Details;
  /** The agency's local date the request is registered on (YYYY-MM-DD). */
  readonly today: string;
  readonly rules: NationalRules;
  /** The agency's working days: its work week, national holidays and cuti bersama excluded. */
  readonly calendar: WorkCalendar;
}

/** Facts the verifier fixes when accepting a request, kept on it for the document it issues. */
export interface VerifiedFacts {
  /** KGB: the raise a KGB decree states, with the new salary from the table or the verifier. */
  readonly salaryRaise?: SalaryRaise;
}

export interface AcceptanceContext<Details> {
  readonly details: Details;
  readonly employee: Employee;
  readonly rules: NationalRules;
  readonly tables: readonly SalaryTable[];
  /** What the verifier entered with the decision. */
  readonly entered: { readonly newBaseSalary?: number };
  /** The verifier's username. */
  readonly verifier: string;
}

/** What a service's document states beyond the applicant's facts. */
export interface LetterPart {
  readonly paragraphs?: readonly string[];
  /** The details as the document states them, what the system counted filled in (leave: its working days). */
  readonly details?: object;
  /** Facts stated after the details, or instead of them when `replacesDetails` (a KGB letter states the raise). */
  readonly facts?: ReadonlyArray<readonly [string, string]>;
  readonly replacesDetails?: boolean;
}

export interface LetterContext<Details> {
  readonly details: Details;
  readonly verified?: VerifiedFacts;
  readonly calendar: WorkCalendar;
}

/** One service of the catalog, as the code defines it before an agency's overrides. */
export interface ServiceDefinition<Details extends z.ZodType = z.ZodType> {
  readonly code: ServiceCode;
  readonly name: string;
  readonly description: string;
  /** Legal bases printed on the output and shown with the service standard. */
  readonly legalBasis: readonly string[];
  readonly outputKind: OutputKind;
  /** Name of the document the service issues. */
  readonly outputName: string;
  /**
   * The requirement code the issued document satisfies in later requests: it goes into the
   * employee's archive under this code (e.g. a KGB letter is the next one's SK_KGB_TERAKHIR).
   */
  readonly archivedAs?: string;
  /** Employee types that may apply (e.g. only PNS for promotion). */
  readonly employeeTypes: readonly EmployeeType[];
  readonly requirements: readonly Requirement[];
  /** What the applicant states in the request; validated at the edge, published as JSON Schema. */
  readonly details: Details;
  readonly detailsExample: z.input<Details>;
  /** Tiers in order (Kediri Pasal 10: pengawas first, then administrator). */
  readonly validationTiers: readonly ValidationTier[];
  readonly signatureMode: SignatureMode;
  readonly handoverMode: HandoverMode;
  /**
   * Whether an employee may have only one open request of this service at a time (a raise, a
   * promotion, a pension: a second would decide the same thing twice). Open: from the draft
   * until completed or rejected.
   */
  readonly oneOpenRequest: boolean;
  readonly sla: Sla;
  /**
   * Rules of national regulation checked against master data at registration, given details
   * already parsed with `details`. A method, so entries of every detail type share one list.
   */
  eligibility?(context: EligibilityContext<z.output<Details>>): readonly EligibilityFinding[];
  /**
   * What the verifier fixes when accepting (Kediri Pasal 9), checked then: a 400 naming the field
   * refuses the acceptance. Services without it take no such facts.
   */
  accept?(context: AcceptanceContext<z.output<Details>>): VerifiedFacts;
  /** What the issued document states beyond the applicant's details, from what was verified. */
  letter?(context: LetterContext<z.output<Details>>): LetterPart;
}

/** Service levels we ship when a service states none (DOMAIN.md, "Service levels"). */
export const DEFAULT_SLA: Sla = {
  verification: 2,
  supervisorValidation: 1,
  administratorValidation: 1,
  signing: 2,
  deficiencyWindow: 5,
};

/** What a service request follows, fixed at submission so later catalog changes do not move it. */
export interface RequestPlan {
  readonly validationTiers: readonly ValidationTier[];
  readonly signatureMode: SignatureMode;
  readonly handoverMode: HandoverMode;
}
