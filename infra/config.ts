import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import {
  holidaySchema,
  isoDateSchema,
  type RuntimeSettings,
  runtimeSettingsSchema,
} from '#kernel/domain/settings';
import { describeIssues } from '#kernel/domain/validation';

const CONFIG_DIR = join(import.meta.dirname, '..', 'config');

/** CloudWatch Logs accepts only these retention periods. */
const LOG_RETENTION_DAYS = [
  1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653,
] as const;

/** A national calendar: one decree per year it covers (`basis`), and the holidays those decrees name. */
const calendarSchema = z
  .object({
    name: z.string(),
    basis: z.record(z.string().regex(/^\d{4}$/, 'tahun empat angka'), z.string().min(10)),
    holidays: z.array(holidaySchema),
  })
  .superRefine((calendar, context) => {
    const years = Object.keys(calendar.basis).map(Number).sort();
    if (years.length === 0) context.addIssue({ code: 'custom', path: ['basis'], message: 'tidak ada tahun' });
    years.forEach((year, index) => {
      if (index > 0 && year !== (years[index - 1] ?? year) + 1)
        context.addIssue({ code: 'custom', path: ['basis'], message: `tahun ${year - 1} terlewat` });
    });
    calendar.holidays.forEach((holiday, index) => {
      if (!(holiday.date.slice(0, 4) in calendar.basis))
        context.addIssue({
          code: 'custom',
          path: ['holidays', index, 'date'],
          message: `tahun ${holiday.date.slice(0, 4)} tidak memiliki dasar hukum di basis`,
        });
    });
  });

/** Lower-case DNS name, e.g. `api.layanan.bkpsdm.kotaanda.go.id`. */
const domainName = z
  .string()
  .regex(
    /^(?=.{4,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/,
    'nama domain huruf kecil, mis. api.layanan.bkpsdm.kotaanda.go.id',
  );

/** A certificate CloudFront can serve (CloudFront reads certificates only in us-east-1). */
const usEast1Certificate = z
  .string()
  .regex(
    /^arn:aws:acm:us-east-1:\d{12}:certificate\/[0-9a-f-]{36}$/,
    'ARN sertifikat ACM di region us-east-1',
  );

/** Where the agency's sign-in pages (Cognito managed login), API and portal live. */
const domainsSchema = z
  .object({
    /**
     * The portal on the agency's own domain, the host of `portalUrl`, with its certificate in
     * us-east-1. Without it the portal answers at its CloudFront address (output `PortalUrl`).
     */
    portal: z.object({ certificateArn: usEast1Certificate }).strict().optional(),
    /** The API's own domain: the stack creates its certificate (DNS validation) and maps it to the API. */
    api: z.object({ name: domainName }).strict().optional(),
    /**
     * Managed login: a prefix of Cognito's domain (`<prefix>.auth.<region>.amazoncognito.com`, the
     * default is `layanan-asn-<code>`), or the agency's own name with a certificate in us-east-1
     * (Cognito serves custom domains through CloudFront, which reads certificates only there).
     */
    signIn: z
      .object({
        prefix: z
          .string()
          .regex(/^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/, 'huruf kecil, angka dan tanda hubung')
          .refine(
            (prefix) => !/aws|amazon|cognito/.test(prefix),
            'tidak boleh memuat aws, amazon atau cognito',
          )
          .optional(),
        name: domainName.optional(),
        certificateArn: usEast1Certificate.optional(),
      })
      .strict()
      .superRefine((signIn, context) => {
        if (signIn.name && signIn.prefix)
          context.addIssue({
            code: 'custom',
            path: ['prefix'],
            message: 'pilih prefix atau name, bukan keduanya',
          });
        if (signIn.name && !signIn.certificateArn)
          context.addIssue({ code: 'custom', path: ['certificateArn'], message: 'wajib diisi bersama name' });
        if (!signIn.name && signIn.certificateArn)
          context.addIssue({ code: 'custom', path: ['name'], message: 'wajib diisi bersama certificateArn' });
      })
      .default({}),
  })
  .strict()
  .default({ signIn: {} });

/** A front end the agency registers besides the portal: it signs people in with its own app client. */
const frontEndSchema = z
  .object({
    name: z.string().regex(/^[a-z0-9-]{2,40}$/, 'huruf kecil, angka dan tanda hubung'),
    /** Where managed login returns after sign-in (OAuth 2.0 redirect_uri). */
    callbackUrls: z.array(z.url()).min(1).max(20),
    /** Where it returns after sign-out; the callback URLs when empty. */
    logoutUrls: z.array(z.url()).max(20).default([]),
  })
  .strict();

/** `http://localhost` or `http://127.0.0.1`, any port: a developer's machine. */
function isLoopbackHttp(url: URL): boolean {
  return url.protocol === 'http:' && ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
}

/**
 * Cognito returns tokens only to these addresses, so they are https; a developer's machine is
 * allowed in development only. The issue names the field, e.g. `frontEnds.0.callbackUrls.1`.
 */
function checkRedirectUrl(
  context: z.RefinementCtx,
  path: Array<string | number>,
  value: string,
  environment: 'production' | 'development',
): void {
  const url = new URL(value);
  if (url.hash) context.addIssue({ code: 'custom', path, message: 'tidak boleh memuat fragmen (#)' });
  if (url.protocol === 'https:') return;
  if (isLoopbackHttp(url) && environment === 'development') return;
  context.addIssue({
    code: 'custom',
    path,
    message: isLoopbackHttp(url)
      ? 'http://localhost hanya diizinkan bila environment bernilai development'
      : 'harus https',
  });
}

/** An agency's deployment: its runtime settings plus what only the CDK app reads. */
export const agencyConfigSchema = runtimeSettingsSchema
  .omit({ holidaysCover: true })
  .extend({
    $schema: z.string().optional(),
    $comment: z.string().optional(),
    agency: runtimeSettingsSchema.shape.agency.extend({
      region: z.string().min(3).default('ap-southeast-3'),
    }),
    /**
     * `production` requires https everywhere a token is returned and a verification address that
     * outlives the stack; `development` also allows http://localhost callbacks for a developer.
     */
    environment: z
      .enum(['production', 'development'])
      .default('production')
      .describe(
        'production: semua alamat balik sign-in https dan domains.api wajib; development: http://localhost boleh.',
      ),
    domains: domainsSchema.describe(
      'Domain API (sertifikat dibuat oleh stack) dan domain halaman masuk (prefix Cognito atau domain sendiri).',
    ),
    /** Front ends besides the portal, each signing people in with an app client of its own. */
    frontEnds: z
      .array(frontEndSchema)
      .max(10)
      .refine(
        (frontEnds) => new Set(frontEnds.map((frontEnd) => frontEnd.name)).size === frontEnds.length,
        'nama front end tidak boleh berulang',
      )
      .default([])
      .describe(
        'Aplikasi lain selain portal yang memakai halaman masuk Cognito, masing-masing dengan app client.',
      ),
    mail: runtimeSettingsSchema.shape.mail.extend({
      /**
       * Set to true once SES reports the sender's domain verified (DKIM published): Cognito then
       * sends its invitations and reset codes through SES from the agency's sender. Cognito refuses
       * an SES sender that is not verified yet, so the first deployment goes without.
       */
      domainVerified: z
        .boolean()
        .default(false)
        .describe(
          'true setelah SES menyatakan domain pengirim terverifikasi; surel Cognito lalu dikirim lewat SES.',
        ),
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
    cognito: z
      .object({
        featurePlan: z.enum(['ESSENTIALS', 'PLUS']).default('ESSENTIALS'),
        /**
         * OPTIONAL: officials, verifiers and admins must enrol TOTP (the API counts their roles only
         * with it), other employees may. REQUIRED: managed login makes everyone enrol TOTP at first sign-in.
         */
        mfa: z
          .enum(['OPTIONAL', 'REQUIRED'])
          .default('OPTIONAL')
          .describe(
            'REQUIRED: semua pengguna mendaftarkan TOTP saat pertama masuk; OPTIONAL: wajib bagi pejabat dan admin saja.',
          ),
      })
      .strict()
      .default({ featurePlan: 'ESSENTIALS', mfa: 'OPTIONAL' }),
  })
  .strict()
  .superRefine((config, context) => {
    checkRedirectUrl(context, ['portalUrl'], config.portalUrl, config.environment);
    config.frontEnds.forEach((frontEnd, index) => {
      for (const field of ['callbackUrls', 'logoutUrls'] as const) {
        frontEnd[field].forEach((url, position) => {
          checkRedirectUrl(context, ['frontEnds', index, field, position], url, config.environment);
        });
      }
    });
    const verification = config.documents.verificationBaseUrl;
    const api = config.domains.api?.name;
    if (verification && api && new URL(verification).host !== api) {
      context.addIssue({
        code: 'custom',
        path: ['documents', 'verificationBaseUrl'],
        message: `harus beralamat di domain API (domains.api.name = ${api}), agar halaman verifikasi terjangkau di sana`,
      });
    }
    if (verification && !['', '/'].includes(new URL(verification).pathname)) {
      context.addIssue({
        code: 'custom',
        path: ['documents', 'verificationBaseUrl'],
        message: 'hanya alamat domain, tanpa path: API dipetakan ke akar domainnya',
      });
    }
    if (config.environment === 'production' && !api) {
      context.addIssue({
        code: 'custom',
        path: ['domains', 'api'],
        message:
          'wajib untuk produksi: kode QR dokumen yang berlaku sepuluh tahun harus menunjuk ke domain instansi, bukan alamat execute-api',
      });
    }
  });

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
  const years = Object.keys(calendar.basis).sort();
  const api = config.domains.api?.name;
  return runtimeSettingsSchema.parse({
    ...config,
    holidays,
    holidaysCover: { from: `${years[0]}-01-01`, to: `${years.at(-1)}-12-31` },
    documents: {
      ...config.documents,
      verificationBaseUrl: config.documents.verificationBaseUrl ?? (api && `https://${api}`),
    },
  });
}
