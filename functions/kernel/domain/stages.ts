import { z } from 'zod';

/** Stages where an official decides (POST /requests/{id}/decisions). */
export const STAGES = [
  'VERIFICATION',
  'SUPERVISOR_VALIDATION',
  'ADMINISTRATOR_VALIDATION',
  'SIGNING',
] as const;
export type Stage = (typeof STAGES)[number];

export const workingDays = z.number().int().min(1).max(60);

/** Service levels in working days (Kediri Pasal 14: set per service by the agency's SOP). */
export const slaSchema = z.object({
  verification: workingDays,
  supervisorValidation: workingDays,
  administratorValidation: workingDays,
  signing: workingDays,
  deficiencyWindow: workingDays,
});
export type Sla = z.infer<typeof slaSchema>;
