import { runtimeSettingsSchema } from '#kernel/domain/settings';

/**
 * The agency's runtime settings. In Lambda the bundler inlines `process.env.AGENCY_SETTINGS`
 * as a literal (infra/bundle.ts), so they are part of the reviewed code and not bound by the
 * 4 KB environment limit; the local stack sets the variable. Keep the literal member access.
 */
const raw = process.env.AGENCY_SETTINGS;
if (!raw) throw new Error('Missing required environment variable AGENCY_SETTINGS');

export const settings = runtimeSettingsSchema.parse(JSON.parse(raw));
export const maxUploadBytes = settings.uploads.maxMegabytes * 1_048_576;
