import { z } from 'zod';
import { NotFoundError } from '#kernel/domain/errors';
import { SERVICE_CODES, type ServiceCode } from '#kernel/domain/service-codes';
import type { RuntimeSettings } from '#kernel/domain/settings';
import type { Sla } from '#kernel/domain/stages';
import { cuti } from './cuti';
import { izinBelajar } from './izin-belajar';
import { izinPerkawinanPerceraian } from './izin-perkawinan-perceraian';
import { jabatanFungsional } from './jabatan-fungsional';
import { karisKarsu } from './karis-karsu';
import { kgb } from './kgb';
import { kp } from './kp';
import { mutasi } from './mutasi';
import { pensiun } from './pensiun';
import { rekomendasiTugasBelajar } from './rekomendasi-tugas-belajar';
import { satyalancana } from './satyalancana';
import type { ServiceDefinition } from './service';
import { suratKeterangan } from './surat-keterangan';
import { taperum } from './taperum';
import { tugasBelajar } from './tugas-belajar';
import { ujianDinas } from './ujian-dinas';

const definitions: readonly ServiceDefinition[] = [
  kp,
  kgb,
  pensiun,
  izinBelajar,
  rekomendasiTugasBelajar,
  tugasBelajar,
  suratKeterangan,
  satyalancana,
  cuti,
  ujianDinas,
  mutasi,
  jabatanFungsional,
  karisKarsu,
  taperum,
  izinPerkawinanPerceraian,
];

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
    outputKind: service.outputKind,
    outputName: service.outputName,
    employeeTypes: service.employeeTypes,
    requirements: service.requirements,
    detailsSchema: z.toJSONSchema(service.details, { io: 'input' }),
    detailsExample: service.detailsExample,
    signatureMode: service.signatureMode,
    handoverMode: service.handoverMode,
    validationTiers: service.validationTiers,
    oneOpenRequest: service.oneOpenRequest,
    sla: serviceSla(service, settings),
  };
}
