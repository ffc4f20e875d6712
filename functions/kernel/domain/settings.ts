import { z } from 'zod';
import { numberingSchema } from '#documents/domain/numbering';
import { nationalRulesOverridesSchema } from '#employees/domain/rules';
import { salaryTablesSchema } from '#employees/domain/salary';
import { SERVICE_CODES } from '#kernel/domain/service-codes';
import { STAGES, slaSchema, workingDays } from '#kernel/domain/stages';

/** Indonesian time zones have fixed offsets (no daylight saving). */
export const UTC_OFFSET_HOURS = { WIB: 7, WITA: 8, WIT: 9 } as const;
export const timeZoneSchema = z.enum(['WIB', 'WITA', 'WIT']);
export type TimeZone = z.infer<typeof timeZoneSchema>;

export const isoDateSchema = z.iso.date();

export const holidaySchema = z.object({
  date: isoDateSchema,
  name: z.string().min(1),
  kind: z.enum(['LIBUR_NASIONAL', 'CUTI_BERSAMA', 'LIBUR_DAERAH']),
});
export type Holiday = z.infer<typeof holidaySchema>;

/**
 * The dates the holiday calendar is known for (its decrees' years). Working-day arithmetic
 * refuses a date outside it rather than count a day that may be a holiday as a working day.
 */
export const holidaysCoverSchema = z
  .object({ from: isoDateSchema, to: isoDateSchema })
  .strict()
  .refine((cover) => cover.from <= cover.to, { message: 'from harus sebelum to', path: ['to'] });

/** SLA overrides: `DEFAULT` applies to every service, a service code to that service only. */
export const slaOverridesSchema = z.partialRecord(z.enum(['DEFAULT', ...SERVICE_CODES]), slaSchema.partial());
export type SlaOverrides = z.infer<typeof slaOverridesSchema>;

/**
 * An agency's changes to a catalog entry (Kediri Pasal 14: SOPs set each service's stages).
 * Service levels are changed through `slaOverrides`.
 */
export const catalogOverrideSchema = z
  .object({
    /** Offer the service or not (default: offered). */
    offered: z.boolean(),
    name: z.string().min(3),
    description: z.string().min(10),
    /** The whole list of requirement documents, replacing the catalog's (Kediri Pasal 14: SOPs). */
    requirements: z
      .array(
        z
          .object({
            code: z.string().regex(/^[A-Z0-9_]{2,60}$/, 'huruf besar, angka dan garis bawah'),
            name: z.string().min(3),
            required: z.boolean(),
            fromArchive: z.boolean(),
          })
          .strict(),
      )
      .min(1)
      .max(30)
      .refine(
        (requirements) => new Set(requirements.map((item) => item.code)).size === requirements.length,
        'kode persyaratan tidak boleh berulang',
      ),
    /** Kediri Pasal 10: pengawas first, then administrator; an agency may keep one tier, never none. */
    validationTiers: z
      .array(z.enum(['SUPERVISOR', 'ADMINISTRATOR']))
      .min(1, 'validasi berjenjang memerlukan sekurang-kurangnya satu tingkat')
      .max(2)
      .refine((tiers) => new Set(tiers).size === tiers.length, 'tingkat validasi tidak boleh berulang')
      .refine(
        (tiers) => !(tiers[0] === 'ADMINISTRATOR' && tiers[1] === 'SUPERVISOR'),
        'urutan validasi: pejabat pengawas lebih dahulu, lalu pejabat administrator (Perwali Kediri Pasal 10)',
      ),
    signatureMode: z.enum(['ELECTRONIC', 'WET']),
    handoverMode: z.enum(['ELECTRONIC', 'PHYSICAL', 'BOTH']),
  })
  .partial()
  .strict();
export type CatalogOverride = z.infer<typeof catalogOverrideSchema>;

/**
 * The part of an agency's configuration the functions need at run time. The CDK app validates
 * the whole config at synth and inlines this part into every bundle (see infra/bundle.ts).
 */
export const runtimeSettingsSchema = z.object({
  agency: z.object({
    code: z.string().regex(/^[a-z0-9-]+$/, 'hanya huruf kecil, angka dan tanda hubung'),
    name: z.string().min(3),
    region: z.string().min(3),
  }),
  timeZone: timeZoneSchema,
  /** ISO weekdays (1 = Monday … 7 = Sunday) that are working days. */
  workWeek: z.array(z.number().int().min(1).max(7)).min(1).default([1, 2, 3, 4, 5]),
  holidays: z.array(holidaySchema),
  holidaysCover: holidaysCoverSchema,
  slaOverrides: slaOverridesSchema.default({}),
  /** The agency's values for national rules that changed or are unconfirmed (functions/employees/domain/rules.ts). */
  rules: nationalRulesOverridesSchema.default({}),
  /**
   * Rows of the PNS base-salary table the agency copied from the Lampiran of PP 7/1977 as amended
   * (functions/employees/domain/salary.ts): the software ships none. A KGB whose row is missing takes the
   * new salary from the verifier.
   */
  salaryTables: salaryTablesSchema,
  catalogOverrides: z.partialRecord(z.enum(SERVICE_CODES), catalogOverrideSchema).default({}),
  /** Who else is mailed when an official stage passes its service level (the officials' superiors). */
  escalation: z
    .partialRecord(z.enum(STAGES), z.object({ superiors: z.array(z.email()).min(1) }).strict())
    .default({}),
  mail: z.object({ sender: z.email(), replyTo: z.email().optional() }),
  uploads: z.object({ maxMegabytes: z.number().int().min(1).max(100) }),
  /** What the agency's documents print and how they are numbered (tata naskah dinas). */
  documents: z
    .object({
      /** The letterhead (kop surat): the government, then the agency, in capitals; then its contact line. */
      letterhead: z
        .object({
          lines: z.array(z.string().min(2).max(120)).min(1).max(4),
          contact: z.string().max(200).optional(),
        })
        .strict(),
      /** Where documents are issued, as printed before the date ("Kota Demo, 23 November 2026"). */
      place: z.string().min(2).max(60),
      numbering: numberingSchema,
      /**
       * The public address QR codes point to (`<address>/verify/<id>`): the API's custom domain,
       * which outlives the stack. Required in production (infra/config.ts); without it the API's
       * own `execute-api` URL is used, which a redeployment may change.
       */
      verificationBaseUrl: z.url({ protocol: /^https$/ }).optional(),
    })
    .strict(),
  /**
   * How long issued documents stay under Object Lock in the archive, and in which mode: the
   * years by default, or per document type (a service code, or REJECTION_LETTER). Drafts and
   * employees' own documents are never locked.
   */
  archive: z
    .object({
      objectLockMode: z.enum(['GOVERNANCE', 'COMPLIANCE']),
      retentionYears: z.number().int().min(1).max(100),
      retentionYearsByType: z
        .partialRecord(z.enum(['REJECTION_LETTER', ...SERVICE_CODES]), z.number().int().min(1).max(100))
        .default({})
        .describe(
          'Masa retensi (tahun) per jenis dokumen menurut jadwal retensi arsip instansi; selainnya retentionYears.',
        ),
    })
    .strict()
    .default({ objectLockMode: 'GOVERNANCE', retentionYears: 10, retentionYearsByType: {} }),
  /** Complaint handling (Kediri Pasal 4(3)c): the answer deadline, and who hears of one overdue. */
  complaints: z
    .object({
      responseDays: workingDays.default(5),
      superiors: z.array(z.email()).default([]),
    })
    .strict()
    .default({ responseDays: 5, superiors: [] }),
  /**
   * The agency's divisions (bidang) and the services each is responsible for (Kediri Pasal 10:
   * validation by the officials of the responsible division). Without any, officials serve all.
   */
  divisions: z
    .record(
      z.string().regex(/^[A-Z0-9_]{2,30}$/),
      z
        .object({ name: z.string().min(3).max(120), services: z.array(z.enum(SERVICE_CODES)).min(1) })
        .strict(),
    )
    .refine(
      (divisions) => {
        const services = Object.values(divisions).flatMap((division) => division.services);
        return new Set(services).size === services.length;
      },
      { message: 'setiap layanan menjadi tanggung jawab satu bidang saja' },
    )
    .default({}),
  portalUrl: z.url({ protocol: /^https?$/ }),
  /** Origins allowed to call the API from a browser, besides the portal's own. */
  corsOrigins: z.array(z.url({ protocol: /^https?$/ })).default([]),
});
export type RuntimeSettings = z.infer<typeof runtimeSettingsSchema>;

/** Browser origins the API answers: the portal's, and any the agency adds. */
export function allowedOrigins(settings: Pick<RuntimeSettings, 'portalUrl' | 'corsOrigins'>): string[] {
  return [
    ...new Set([
      new URL(settings.portalUrl).origin,
      ...settings.corsOrigins.map((url) => new URL(url).origin),
    ]),
  ];
}
