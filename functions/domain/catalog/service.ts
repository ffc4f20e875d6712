import type { z } from 'zod';
import type { Sla } from '../settings';
import type { ServiceCode } from './codes';

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

/** One service of the catalog, as the code defines it before an agency's overrides. */
export interface ServiceDefinition<Details extends z.ZodType = z.ZodType> {
  readonly code: ServiceCode;
  readonly name: string;
  readonly description: string;
  /** Legal bases printed on the output and shown with the service standard. */
  readonly legalBasis: readonly string[];
  /** Name of the document the service issues. */
  readonly outputName: string;
  readonly requirements: readonly Requirement[];
  /** What the applicant states in the request; validated at the edge, published as JSON Schema. */
  readonly details: Details;
  readonly detailsExample: z.input<Details>;
  /** Tiers in order (Kediri Pasal 10: pengawas first, then administrator). */
  readonly validationTiers: readonly ValidationTier[];
  readonly signatureMode: SignatureMode;
  readonly handoverMode: HandoverMode;
  readonly sla: Sla;
}

/** Service levels we ship when a service states none (DOMAIN.md, "Service levels"). */
export const DEFAULT_SLA: Sla = {
  verification: 2,
  supervisorValidation: 1,
  administratorValidation: 1,
  signing: 2,
  deficiencyWindow: 5,
};
