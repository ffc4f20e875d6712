import type { ServiceDefinition } from './catalog/service';
import { formatDate } from './notices';
import type { ServiceRequest } from './request';
import type { RuntimeSettings } from './settings';

/**
 * What a generated document says, independent of how it is drawn. The renderer (an adapter)
 * lays it out as a PDF; issue "documents" adds numbering, the signature block and its QR code.
 */
export interface DocumentContent {
  readonly agencyName: string;
  readonly title: string;
  readonly subtitle?: string;
  /** Place and date line, e.g. "Kota Demo, 23 November 2026". */
  readonly dated: string;
  readonly paragraphs: readonly string[];
  /** Label/value lines printed as a table (the request's data). */
  readonly facts: ReadonlyArray<readonly [string, string]>;
  readonly legalBasis: readonly string[];
  readonly signer?: { readonly title: string; readonly name: string };
  /** Printed across the page: drafts are not valid documents. */
  readonly watermark?: string;
  readonly footer: string;
}

function applicantFacts(request: ServiceRequest): Array<readonly [string, string]> {
  return [
    ['Nama', request.applicant.name],
    ['NIP', request.applicant.nip],
    ['Unit kerja', request.applicant.unit],
    ['Nomor registrasi', request.id],
  ];
}

function detailFacts(service: ServiceDefinition, details: unknown): Array<readonly [string, string]> {
  const shape =
    (service.details as { shape?: Record<string, { meta?: () => { title?: string } | undefined }> }).shape ??
    {};
  return Object.entries((details ?? {}) as Record<string, unknown>).map(([field, value]) => [
    shape[field]?.meta?.()?.title ?? field,
    typeof value === 'object' ? JSON.stringify(value) : String(value),
  ]);
}

const FOOTER = 'Dokumen ini diterbitkan melalui Layanan ASN Terpadu.';

/** The document a granted request issues, before or after signing. */
export function composeIssuedDocument(
  request: ServiceRequest,
  service: ServiceDefinition,
  settings: RuntimeSettings,
  at: Date,
  options: { readonly draft: boolean },
): DocumentContent {
  const signer = request.signature;
  return {
    agencyName: settings.agency.name,
    title: service.outputName.toUpperCase(),
    subtitle: service.name,
    dated: formatDate(at.toISOString(), settings.timeZone),
    paragraphs: [
      `Berdasarkan permohonan ${service.name} yang telah diverifikasi dan divalidasi sesuai ketentuan, ` +
        `${settings.agency.name} menerbitkan ${service.outputName} bagi pegawai berikut.`,
    ],
    facts: [...applicantFacts(request), ...detailFacts(service, request.details)],
    legalBasis: service.legalBasis,
    ...(signer && {
      signer: { title: 'Pejabat yang berwenang', name: signer.signerName ?? signer.signedBy },
    }),
    ...(options.draft && { watermark: 'DRAF' }),
    footer: FOOTER,
  };
}

/** The official rejection letter (Kediri Pasal 9(1)d). */
export function composeRejectionLetter(
  request: ServiceRequest,
  service: ServiceDefinition,
  settings: RuntimeSettings,
  at: Date,
): DocumentContent {
  const rejection = request.rejection;
  return {
    agencyName: settings.agency.name,
    title: 'SURAT PEMBERITAHUAN PENOLAKAN PERMOHONAN',
    subtitle: service.name,
    dated: formatDate(at.toISOString(), settings.timeZone),
    paragraphs: [
      `Dengan hormat, bersama ini kami beritahukan bahwa permohonan ${service.name} atas nama ` +
        `${request.applicant.name} dinyatakan tidak memenuhi syarat.`,
      `Alasan: ${rejection?.reason ?? '-'}`,
      rejection?.automatic
        ? 'Penolakan ini dilakukan karena dokumen persyaratan tidak dilengkapi dalam batas waktu yang ditetapkan ' +
          '(Peraturan Wali Kota Kediri Nomor 80 Tahun 2021 Pasal 9 ayat (2)).'
        : 'Pemohon dapat mengajukan permohonan baru setelah persyaratan dipenuhi.',
    ],
    facts: applicantFacts(request),
    legalBasis: [
      'Peraturan Wali Kota Kediri Nomor 80 Tahun 2021 tentang Layanan Kepegawaian Terpadu, Pasal 9',
    ],
    signer: { title: 'Admin BKPSDM', name: settings.agency.name },
    footer: FOOTER,
  };
}
