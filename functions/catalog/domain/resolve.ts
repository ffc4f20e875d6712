import { NotFoundError } from '#kernel/domain/errors';
import type { RuntimeSettings } from '#kernel/domain/settings';
import { findService, offeredServices } from './catalog';
import type { RequestPlan, ServiceDefinition } from './service';

type CatalogSettings = Pick<RuntimeSettings, 'catalogOverrides'>;

/** A service as this agency offers it: the code's entry with the agency's overrides applied. */
export function serviceFor(code: string, settings: CatalogSettings): ServiceDefinition {
  const service = findService(code);
  const { offered, ...override } = settings.catalogOverrides[service.code] ?? {};
  if (offered === false) {
    throw new NotFoundError(
      'SERVICE_NOT_FOUND',
      `Layanan ${code} tidak tersedia di instansi ini.`,
      'serviceType',
    );
  }
  return { ...service, ...override };
}

/** Every service this agency offers, with its overrides. */
export function agencyServices(settings: CatalogSettings): ServiceDefinition[] {
  return offeredServices()
    .filter((service) => settings.catalogOverrides[service.code]?.offered !== false)
    .map((service) => serviceFor(service.code, settings));
}

/** What a request follows from its submission on. */
export function planOf(service: ServiceDefinition): RequestPlan {
  return {
    validationTiers: service.validationTiers,
    signatureMode: service.signatureMode,
    handoverMode: service.handoverMode,
  };
}
