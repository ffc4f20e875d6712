import { loadAgencyConfig, runtimeSettingsOf } from '#infra/config';

/**
 * Unit tests load handler modules in-process; they read the agency settings at load time,
 * as in Lambda. The demo agency's settings stand in.
 */
process.env.AGENCY_SETTINGS ??= JSON.stringify(runtimeSettingsOf(loadAgencyConfig('demo')));
process.env.POWERTOOLS_METRICS_DISABLED = 'true';
process.env.POWERTOOLS_TRACE_ENABLED = 'false';
process.env.POWERTOOLS_LOG_LEVEL = 'SILENT';
