import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { holidaySchema, isoDateSchema, type RuntimeSettings, runtimeSettingsSchema } from '#domain/settings';
import { describeIssues } from '#domain/validation';

const CONFIG_DIR = join(import.meta.dirname, '..', 'config');

/** CloudWatch Logs accepts only these retention periods. */
const LOG_RETENTION_DAYS = [
  1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653,
] as const;

const calendarSchema = z.object({
  name: z.string(),
  basis: z.record(z.string(), z.string()),
  holidays: z.array(holidaySchema),
});

/** An agency's deployment: its runtime settings plus what only the CDK app reads. */
export const agencyConfigSchema = runtimeSettingsSchema
  .extend({
    $comment: z.string().optional(),
    agency: runtimeSettingsSchema.shape.agency.extend({
      region: z.string().min(3).default('ap-southeast-3'),
    }),
    /** A shared national calendar (config/calendars/<name>.json) and the agency's own changes to it. */
    holidays: z.object({
      calendar: z.string().regex(/^[a-z0-9-]+$/),
      additions: z.array(holidaySchema).default([]),
      removals: z.array(isoDateSchema).default([]),
    }),
    uploads: runtimeSettingsSchema.shape.uploads.extend({
      /** Uploads are working copies: they are deleted this many days after upload. */
      expireAfterDays: z.number().int().min(1).max(365).default(30),
    }),
    archive: z
      .object({
        objectLockMode: z.enum(['GOVERNANCE', 'COMPLIANCE']),
        retentionYears: z.number().int().min(1).max(100),
      })
      .default({ objectLockMode: 'GOVERNANCE', retentionYears: 10 }),
    api: z
      .object({
        /** Steady requests per second across the API, and the burst above it (API Gateway throttling). */
        rateLimit: z.number().int().min(1).max(10_000),
        burstLimit: z.number().int().min(1).max(5_000),
        /** Requests one IP may make in 5 minutes before the firewall blocks it; offices share IPs. */
        requestsPerIpPer5Minutes: z.number().int().min(100).max(2_000_000_000).default(3_000),
        /** The same for the public document verification (QR codes): anyone may call it. */
        publicRequestsPerIpPer5Minutes: z.number().int().min(10).max(2_000_000_000).default(300),
      })
      .default({
        rateLimit: 50,
        burstLimit: 100,
        requestsPerIpPer5Minutes: 3_000,
        publicRequestsPerIpPer5Minutes: 300,
      }),
    /** Days each daily AWS Backup recovery point of the records and the archive is kept (Kediri Pasal 17). */
    backup: z.object({ retentionDays: z.number().int().min(7).max(36_500) }).default({ retentionDays: 35 }),
    logRetentionDays: z.union(LOG_RETENTION_DAYS.map((days) => z.literal(days))).default(365),
    /** Where CloudWatch alarms are mailed; without it alarms only show in the console. */
    alarmEmail: z.email().optional(),
    cognito: z.object({ featurePlan: z.enum(['ESSENTIALS', 'PLUS']) }).default({ featurePlan: 'ESSENTIALS' }),
  })
  .strict();

export type AgencyConfig = z.infer<typeof agencyConfigSchema>;

/** Thrown for a configuration that cannot be used; its message names each offending field. */
export class AgencyConfigError extends Error {}

function readJson(path: string, what: string): unknown {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new AgencyConfigError(`${what} tidak ditemukan: ${path}`);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new AgencyConfigError(`${what} bukan JSON yang valid (${path}): ${(error as Error).message}`);
  }
}

function parseOrExplain<S extends z.ZodType>(schema: S, value: unknown, what: string): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  throw new AgencyConfigError(
    `${what} tidak valid:\n${describeIssues(result.error)
      .map((line) => `  - ${line}`)
      .join('\n')}`,
  );
}

/** Reads and validates `config/agencies/<name>.json`. */
export function loadAgencyConfig(name: string, dir = CONFIG_DIR): AgencyConfig {
  if (!/^[a-z0-9-]+$/.test(name)) {
    throw new AgencyConfigError(
      `Nama instansi "${name}" tidak valid: gunakan huruf kecil, angka dan tanda hubung.`,
    );
  }
  const what = `Konfigurasi instansi "${name}" (config/agencies/${name}.json)`;
  const config = parseOrExplain(
    agencyConfigSchema,
    readJson(join(dir, 'agencies', `${name}.json`), what),
    what,
  );
  if (config.agency.code !== name) {
    throw new AgencyConfigError(
      `${what} tidak valid:\n  - agency.code: harus sama dengan nama berkas (${name})`,
    );
  }
  return config;
}

/** The settings the functions read at run time: the calendar resolved, deployment-only fields left out. */
export function runtimeSettingsOf(config: AgencyConfig, dir = CONFIG_DIR): RuntimeSettings {
  const what = `Kalender "${config.holidays.calendar}" (config/calendars/${config.holidays.calendar}.json)`;
  const calendar = parseOrExplain(
    calendarSchema,
    readJson(join(dir, 'calendars', `${config.holidays.calendar}.json`), what),
    what,
  );
  const removed = new Set(config.holidays.removals);
  const holidays = [
    ...calendar.holidays.filter((holiday) => !removed.has(holiday.date)),
    ...config.holidays.additions,
  ].sort((a, b) => a.date.localeCompare(b.date));
  return runtimeSettingsSchema.parse({ ...config, holidays });
}
