import { z } from 'zod';
import { NotFoundError } from '../errors';
import type { RuntimeSettings, Sla } from '../settings';
import { SERVICE_CODES, type ServiceCode } from './codes';
import { kgb } from './kgb';
import type { ServiceDefinition } from './service';

const definitions: readonly ServiceDefinition[] = [kgb];

const byCode = new Map<string, ServiceDefinition>(definitions.map((service) => [service.code, service]));

export function isServiceCode(value: string): value is ServiceCode {
  return (SERVICE_CODES as readonly string[]).includes(value);
}

export function offeredServices(): readonly ServiceDefinition[] {
  return definitions;
}

/** The service a request names, or 404 in the words the applicant reads. */
export function findService(code: string): ServiceDefinition {
  const service = byCode.get(code);
  if (!service)
    throw new NotFoundError('SERVICE_NOT_FOUND', `Layanan ${code} tidak tersedia.`, 'serviceType');
  return service;
}

/** A service's levels after the agency's SOP overrides (Kediri Pasal 14). */
export function serviceSla(service: ServiceDefinition, settings: Pick<RuntimeSettings, 'slaOverrides'>): Sla {
  return { ...service.sla, ...settings.slaOverrides.DEFAULT, ...settings.slaOverrides[service.code] };
}

/** The catalog entry as front ends read it: enough to render the form without code of its own. */
export function publishService(service: ServiceDefinition, settings: Pick<RuntimeSettings, 'slaOverrides'>) {
  return {
    code: service.code,
    name: service.name,
    description: service.description,
    legalBasis: service.legalBasis,
    outputName: service.outputName,
    requirements: service.requirements,
    detailsSchema: z.toJSONSchema(service.details, { io: 'input' }),
    detailsExample: service.detailsExample,
    signatureMode: service.signatureMode,
    handoverMode: service.handoverMode,
    validationTiers: service.validationTiers,
    sla: serviceSla(service, settings),
  };
}
