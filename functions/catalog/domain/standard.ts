import type { RuntimeSettings } from '#kernel/domain/settings';
import { serviceSla } from './catalog';
import type { ServiceDefinition } from './service';

const HANDOVER: Record<ServiceDefinition['handoverMode'], string> = {
  ELECTRONIC: 'diunduh oleh pemohon dari arsip digital',
  PHYSICAL: 'diambil di kantor BKPSDM',
  BOTH: 'diunduh oleh pemohon, dan aslinya diambil di kantor BKPSDM',
};

const SIGNATURE: Record<ServiceDefinition['signatureMode'], string> = {
  ELECTRONIC: 'secara elektronik',
  WET: 'dengan tanda tangan basah; naskah dicetak sebelum ditandatangani',
};

/**
 * A service's standard as the public reads it (Kediri Pasal 4(3)a; Gorontalo Pasal 14(6)):
 * requirements, procedure, time limits, cost and the complaint channel, drawn from the same
 * catalog entry and service levels the workflow enforces.
 */
export function serviceStandard(
  service: ServiceDefinition,
  settings: Pick<RuntimeSettings, 'slaOverrides' | 'mail' | 'portalUrl' | 'complaints'>,
) {
  const sla = serviceSla(service, settings);
  const tiers = service.validationTiers;
  const procedure = [
    {
      step: 'Pengajuan permohonan dan unggah dokumen persyaratan oleh pemohon atau admin kepegawaian perangkat daerah',
    },
    { step: 'Verifikasi administrasi oleh Admin BKPSDM', workingDays: sla.verification },
    ...(tiers.includes('SUPERVISOR')
      ? [{ step: 'Validasi oleh pejabat pengawas', workingDays: sla.supervisorValidation }]
      : []),
    ...(tiers.includes('ADMINISTRATOR')
      ? [{ step: 'Validasi oleh pejabat administrator', workingDays: sla.administratorValidation }]
      : []),
    { step: `Penandatanganan ${SIGNATURE[service.signatureMode]}`, workingDays: sla.signing },
    { step: 'Penerbitan dokumen dan pengisian survei kepuasan masyarakat oleh pemohon' },
    { step: `Penyerahan dokumen: ${HANDOVER[service.handoverMode]}` },
  ];
  return {
    code: service.code,
    name: service.name,
    description: service.description,
    legalBasis: service.legalBasis,
    employeeTypes: service.employeeTypes,
    requirements: service.requirements,
    procedure,
    /** Working days the agency takes, from submission to signature; the applicant's own time is not counted. */
    timeLimitWorkingDays: procedure.reduce((total, item) => total + (item.workingDays ?? 0), 0),
    deficiencyWindowWorkingDays: sla.deficiencyWindow,
    cost: 'Tidak dipungut biaya (gratis)',
    output: service.outputName,
    complaints: {
      channel: `Menu Pengaduan pada portal layanan (${settings.portalUrl})`,
      email: settings.mail.replyTo ?? settings.mail.sender,
      responseWorkingDays: settings.complaints.responseDays,
    },
  };
}
