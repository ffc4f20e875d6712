import { z } from 'zod';
import type { DocumentSigner } from '#archive';
import type { ServiceDefinition } from '#catalog';
import type { Employee } from '#employees';
import { rankByCode, rankLabel } from '#employees';
import { formatDate as formatCalendarDate } from '#kernel/domain/dates';
import type { RuntimeSettings } from '#kernel/domain/settings';
import { workCalendar } from '#kernel/domain/working-days';
import type { ServiceRequest } from '#requests';
import { formatDate } from '#requests';

/** The letterhead (kop surat) printed at the top of the first page. */
export interface Letterhead {
  /** Lines in capitals, largest first: "PEMERINTAH KOTA DEMO", "BADAN KEPEGAWAIAN …". */
  readonly lines: readonly string[];
  /** Address, telephone, website: one smaller line under the name. */
  readonly contact?: string;
}

/**
 * The signature block. ELECTRONIC: a statement that the document was signed electronically, the
 * signer's position, name and NIP, and the QR code of its verification page beside it. WET: the
 * position, room for the handwritten signature, name and NIP (the QR code still verifies the
 * archived scan). Acting officials print "Plt." or "Plh." before the position.
 */
export interface SignatureBlock {
  readonly mode: 'ELECTRONIC' | 'WET';
  /** e.g. "Kota Demo" and "23 November 2026": "Ditetapkan di Kota Demo / pada tanggal …" for decrees. */
  readonly place: string;
  readonly date: string;
  readonly acting?: 'Plt.' | 'Plh.';
  /** In capitals as printed: "KEPALA BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA". */
  readonly position: string;
  readonly name?: string;
  readonly nip?: string;
  /** Rank line under the name, e.g. "Pembina Utama Muda (IV/c)". */
  readonly rank?: string;
}

/** Where the QR code points, and what is printed beside it. */
export interface VerificationMark {
  readonly url: string;
  readonly lines: readonly string[];
}

/**
 * What a generated document says, independent of how it is drawn. The renderer (an adapter)
 * lays it out on A4 with embedded fonts; everything it prints comes from here.
 */
export interface DocumentContent {
  /** Layout: a decree (SK) with its "Menimbang/Mengingat/MEMUTUSKAN" frame, a letter, a certificate. */
  readonly kind: 'DECREE' | 'LETTER' | 'CERTIFICATE';
  readonly letterhead: Letterhead;
  readonly title: string;
  /** "Nomor: 800/123/419.44/2026"; absent on drafts not yet numbered. */
  readonly number?: string;
  readonly subtitle?: string;
  readonly paragraphs: readonly string[];
  /** Label/value lines printed as a two-column table (the request's data). */
  readonly facts: ReadonlyArray<readonly [string, string]>;
  /** Printed as a numbered list under "Dasar hukum" (letters) or "Mengingat" (decrees). */
  readonly legalBasis: readonly string[];
  readonly signature: SignatureBlock;
  readonly verification?: VerificationMark;
  /** Printed across every page: drafts are not valid documents. */
  readonly watermark?: string;
  /** Small print at the foot of every page. */
  readonly footer: readonly string[];
  /** Document information: the renderer writes these, and nothing time- or random-dependent, so a
   * content renders to the same bytes every time. */
  readonly metadata: {
    readonly documentId: string;
    readonly author: string;
    readonly createdAt: string;
  };
}

/**
 * The applicant as letters name them: with rank and position from the master data when known,
 * and, for an employee of another agency (Gorontalo Pasal 3(2)), that agency and its unit.
 */
function applicantFacts(
  request: ServiceRequest,
  employee: Employee | undefined,
): Array<readonly [string, string]> {
  const rank = employee?.rank && rankByCode(employee.rank.code);
  const otherAgency = request.applicant.agency;
  return [
    ['Nama', request.applicant.name],
    ['NIP', request.applicant.nip],
    ...(rank ? ([['Pangkat/golongan ruang', rankLabel(rank)]] as const) : []),
    ...(employee?.grade ? ([['Golongan PPPK', employee.grade.code]] as const) : []),
    ...(employee?.positionName ? ([['Jabatan', employee.positionName]] as const) : []),
    ['Unit kerja', employee?.unitName ?? request.applicant.unit],
    ...(otherAgency ? ([['Instansi', employee?.agencyName ?? otherAgency]] as const) : []),
    ['Nomor registrasi', request.id],
  ];
}

const NUMBER = new Intl.NumberFormat('id-ID');

type Field = z.ZodType;

/** The labels a field's closed list of codes carries, looking through `.optional()`. */
function labelsOf(field: Field | undefined): Readonly<Record<string, string>> | undefined {
  if (!field) return undefined;
  const own = field.meta()?.labels;
  if (own) return own;
  return field instanceof z.ZodOptional ? labelsOf(field.unwrap() as Field) : undefined;
}

/** A detail value as a letter writes it: labels for codes, dates in words, amounts grouped, yes/no in words. */
function writtenValue(value: unknown, field?: Field): string {
  if (typeof value === 'string') {
    const label = labelsOf(field)?.[value];
    if (label) return label;
    return /^\d{4}-\d{2}-\d{2}$/.test(value) ? formatCalendarDate(value) : value;
  }
  if (typeof value === 'number') return NUMBER.format(value);
  if (typeof value === 'boolean') return value ? 'Ya' : 'Tidak';
  if (Array.isArray(value)) return value.map((item) => writtenValue(item)).join(', ');
  if (value && typeof value === 'object') {
    return Object.values(value as Record<string, unknown>)
      .map((item) => writtenValue(item))
      .join(', ');
  }
  return String(value ?? '-');
}

/**
 * The applicant's details in the order the service's form asks for them (start before end), not
 * in whatever order the stored record returns its keys; each under its title, codes as labels.
 */
export function detailFacts(service: ServiceDefinition, details: unknown): Array<readonly [string, string]> {
  const given = (details ?? {}) as Record<string, unknown>;
  const shape = (service.details as unknown as { shape?: Record<string, Field> }).shape ?? {};
  const known = Object.keys(shape).filter((field) => given[field] !== undefined);
  const rest = Object.keys(given).filter((field) => !(field in shape) && given[field] !== undefined);
  return [...known, ...rest].map((field) => [
    shape[field]?.meta()?.title ?? field,
    writtenValue(given[field], shape[field]),
  ]);
}

const LAYOUT: Record<ServiceDefinition['outputKind'], DocumentContent['kind']> = {
  DECREE: 'DECREE',
  LETTER: 'LETTER',
  CERTIFICATE: 'CERTIFICATE',
  CARD: 'LETTER',
};

const ACTING_PREFIX = { PLT: 'Plt.', PLH: 'Plh.' } as const;

/** What the service's own document adds (KGB: the raise as verified), from the request's details as parsed. */
function serviceLetter(service: ServiceDefinition, request: ServiceRequest, settings: RuntimeSettings) {
  if (!service.letter) return undefined;
  const parsed = service.details.safeParse(request.details);
  return service.letter({
    details: parsed.success ? parsed.data : request.details,
    ...(request.verified && { verified: request.verified }),
    calendar: workCalendar(settings),
  });
}

/** Where a document's QR code leads: its public verification page. */
export function verificationUrl(baseUrl: string, documentId: string): string {
  return `${baseUrl.replace(/\/+$/, '')}/verify/${documentId}`;
}

/** What a document prints about its signing, and the QR code that lets anyone check it. */
function signingParts(
  settings: RuntimeSettings,
  signer: DocumentSigner,
  mode: SignatureBlock['mode'],
  at: Date,
  kind: DocumentContent['kind'],
  verifyAt: string | undefined,
) {
  const signature: SignatureBlock = {
    mode,
    place: settings.documents.place,
    date: formatDate(at.toISOString(), settings.timeZone),
    position: signer.position.toUpperCase(),
    ...(signer.acting && { acting: ACTING_PREFIX[signer.acting] }),
    ...(signer.name && { name: signer.name }),
    ...(signer.nip && { nip: signer.nip }),
  };
  const footer =
    mode === 'ELECTRONIC'
      ? [
          `Dokumen ini ditandatangani secara elektronik dengan kunci penandatanganan ${settings.agency.name}; ` +
            'cetakannya merupakan salinan.',
          'Keaslian dokumen dapat dibuktikan dengan memindai kode QR pada dokumen ini.',
        ]
      : ['Keaslian dokumen ini dapat dibuktikan dengan memindai kode QR pada dokumen ini.'];
  return {
    kind,
    signature,
    footer,
    ...(verifyAt && {
      verification: { url: verifyAt, lines: ['Pindai untuk memeriksa', 'keaslian dokumen'] },
    }),
  };
}

export interface IssueOptions {
  /** The id the issued document will carry (its QR code points to it). */
  readonly documentId: string;
  /** The applicant's master data, for rank and position. */
  readonly employee?: Employee;
  readonly number?: string;
  /** Who signs (or, on a draft, who is expected to). */
  readonly signer: DocumentSigner;
  readonly mode: 'ELECTRONIC' | 'WET';
  /** A review draft of an electronic document: watermarked and without its QR code. */
  readonly draft: boolean;
  readonly at: Date;
  readonly verificationBaseUrl: string;
}

/**
 * The document a granted request issues. Electronic: a review draft for the signer, then the
 * signed document. Wet: the print-ready copy, numbered and with its QR code, to sign by hand.
 */
export function composeIssuedDocument(
  request: ServiceRequest,
  service: ServiceDefinition,
  settings: RuntimeSettings,
  options: IssueOptions,
): DocumentContent {
  const kind = LAYOUT[service.outputKind];
  const verifyAt = options.draft
    ? undefined
    : verificationUrl(options.verificationBaseUrl, options.documentId);
  const part = serviceLetter(service, request, settings);
  return {
    letterhead: settings.documents.letterhead,
    title: service.outputName.toUpperCase(),
    ...(options.number && { number: options.number }),
    subtitle: service.name,
    paragraphs: part?.paragraphs ?? [
      `Berdasarkan permohonan ${service.name} yang telah diverifikasi dan divalidasi sesuai ketentuan, ` +
        `${settings.agency.name} menerbitkan ${service.outputName} bagi pegawai berikut.`,
    ],
    facts: [
      ...applicantFacts(request, options.employee),
      ...(part?.replacesDetails ? [] : detailFacts(service, part?.details ?? request.details)),
      ...(part?.facts ?? []),
    ],
    legalBasis: service.legalBasis,
    ...signingParts(settings, options.signer, options.mode, options.at, kind, verifyAt),
    ...(options.draft && { watermark: 'DRAF' }),
    metadata: {
      documentId: options.documentId,
      author: settings.agency.name,
      createdAt: options.at.toISOString(),
    },
  };
}

/**
 * The official rejection letter (Kediri Pasal 9(1)d: "pemberitahuan melalui surat kedinasan"),
 * signed electronically by `signer`: the official who holds the signing authority for the
 * service (Pasal 11(2)), the same who would have signed the decree, never the agency's name.
 */
export function composeRejectionLetter(
  request: ServiceRequest,
  service: ServiceDefinition,
  settings: RuntimeSettings,
  options: Pick<IssueOptions, 'documentId' | 'employee' | 'number' | 'signer' | 'at' | 'verificationBaseUrl'>,
): DocumentContent {
  const rejection = request.rejection;
  const verifyAt = verificationUrl(options.verificationBaseUrl, options.documentId);
  return {
    letterhead: settings.documents.letterhead,
    title: 'SURAT PEMBERITAHUAN PENOLAKAN PERMOHONAN',
    ...(options.number && { number: options.number }),
    subtitle: service.name,
    paragraphs: [
      `Dengan hormat, bersama ini kami beritahukan bahwa permohonan ${service.name} atas nama ` +
        `${request.applicant.name} dinyatakan tidak memenuhi syarat.`,
      `Alasan: ${rejection?.reason ?? '-'}`,
      rejection?.automatic
        ? 'Penolakan ini dilakukan karena dokumen persyaratan tidak dilengkapi dalam batas waktu yang ditetapkan ' +
          '(Peraturan Wali Kota Kediri Nomor 80 Tahun 2021 Pasal 9 ayat (2)).'
        : 'Pemohon dapat mengajukan permohonan baru setelah persyaratan dipenuhi.',
    ],
    facts: applicantFacts(request, options.employee),
    legalBasis: [
      'Peraturan Wali Kota Kediri Nomor 80 Tahun 2021 tentang Layanan Kepegawaian Terpadu, Pasal 9',
    ],
    ...signingParts(settings, options.signer, 'ELECTRONIC', options.at, 'LETTER', verifyAt),
    metadata: {
      documentId: options.documentId,
      author: settings.agency.name,
      createdAt: options.at.toISOString(),
    },
  };
}
