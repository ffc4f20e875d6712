import { findService } from '#catalog';
import { escapeHtml } from '#kernel/domain/html';
import type { RuntimeSettings, TimeZone } from '#kernel/domain/settings';
import type { Stage } from '#kernel/domain/stages';
import type { MailMessage } from '#mail';
import { type ServiceRequest, WAIT_RULES } from './request';

const IANA_ZONE: Record<TimeZone, string> = {
  WIB: 'Asia/Jakarta',
  WITA: 'Asia/Makassar',
  WIT: 'Asia/Jayapura',
};

/** "23 November 2026 pukul 10.15 WIB" */
export function formatDateTime(instant: string, timeZone: TimeZone): string {
  const text = new Intl.DateTimeFormat('id-ID', {
    timeZone: IANA_ZONE[timeZone],
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  }).format(new Date(instant));
  return `${text} ${timeZone}`;
}

/** "23 November 2026", the local date of an instant. */
export function formatDate(instant: string, timeZone: TimeZone): string {
  return new Intl.DateTimeFormat('id-ID', {
    timeZone: IANA_ZONE[timeZone],
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(new Date(instant));
}

/** A deadline stored as the instant the next local day begins, read as the last day in time. */
function formatDeadline(dueAt: string, timeZone: TimeZone): string {
  return formatDate(new Date(Date.parse(dueAt) - 1).toISOString(), timeZone);
}

/** Notices the applicant receives at outcomes they must know (DESIGN.md §4). */
export const NOTICES = [
  'RECEIVED',
  'VERIFICATION_ACCEPTED',
  'DEFICIENT',
  'EXTENSION_DECIDED',
  'REJECTED',
  'VALIDATED',
  'ISSUED',
  'COMPLETED',
] as const;
export type Notice = (typeof NOTICES)[number];

interface NoticeText {
  readonly subject: string;
  readonly paragraphs: readonly string[];
}

function noticeText(
  notice: Notice,
  request: ServiceRequest,
  serviceName: string,
  settings: RuntimeSettings,
): NoticeText {
  const who = `atas nama ${request.applicant.name} (NIP ${request.applicant.nip})`;
  const zone = settings.timeZone;
  switch (notice) {
    case 'RECEIVED':
      return {
        subject: `Permohonan ${serviceName} telah diterima`,
        paragraphs: [
          `Permohonan ${serviceName} ${who} telah kami terima pada ${formatDateTime(request.submittedAt ?? request.updatedAt, zone)}.`,
          'Berkas Anda selanjutnya diverifikasi oleh Admin BKPSDM. Kami akan memberi tahu Anda hasilnya.',
        ],
      };
    case 'VERIFICATION_ACCEPTED':
      return {
        subject: `Berkas permohonan ${serviceName} dinyatakan lengkap`,
        paragraphs: [
          `Berkas permohonan ${serviceName} ${who} telah diverifikasi dan dinyatakan lengkap.`,
          'Permohonan Anda kini dalam tahap validasi dan penandatanganan oleh pejabat yang berwenang.',
        ],
      };
    case 'DEFICIENT': {
      const deficiency = request.deficiency;
      return {
        subject: `Permohonan ${serviceName} perlu perbaikan`,
        paragraphs: [
          `Berkas permohonan ${serviceName} ${who} perlu diperbaiki:`,
          ...(deficiency?.items ?? []).map(
            (item, index) => `${index + 1}. ${item.requirementCode}: ${item.reason}`,
          ),
          `Lengkapi dokumen tersebut melalui portal paling lambat ${deficiency ? formatDeadline(deficiency.dueAt, zone) : '-'}. ` +
            'Bila tidak dilengkapi sampai batas waktu itu, permohonan dinyatakan tidak memenuhi syarat. ' +
            'Anda dapat mengajukan satu kali perpanjangan waktu melalui portal.',
        ],
      };
    }
    case 'EXTENSION_DECIDED': {
      const decision = request.deficiency?.extension?.decision;
      return {
        subject: `Permintaan perpanjangan waktu perbaikan ${decision?.granted ? 'disetujui' : 'tidak disetujui'}`,
        paragraphs: [
          decision?.granted
            ? `Perpanjangan waktu perbaikan berkas permohonan ${serviceName} ${who} disetujui. ` +
              `Batas waktu baru: ${request.deficiency ? formatDeadline(request.deficiency.dueAt, zone) : '-'}.`
            : `Perpanjangan waktu perbaikan berkas permohonan ${serviceName} ${who} tidak disetujui. ` +
              `Batas waktu tetap: ${request.deficiency ? formatDeadline(request.deficiency.dueAt, zone) : '-'}.`,
          ...(decision?.note ? [`Catatan: ${decision.note}`] : []),
        ],
      };
    }
    case 'REJECTED':
      return {
        subject: `Permohonan ${serviceName} tidak memenuhi syarat`,
        paragraphs: [
          `Permohonan ${serviceName} ${who} dinyatakan tidak memenuhi syarat.`,
          `Alasan: ${request.rejection?.reason ?? '-'}`,
          'Surat pemberitahuan resmi dapat Anda unduh melalui portal.',
        ],
      };
    case 'VALIDATED':
      return {
        subject: `Permohonan ${serviceName} telah divalidasi`,
        paragraphs: [`Permohonan ${serviceName} ${who} telah divalidasi dan menunggu penandatanganan.`],
      };
    case 'ISSUED':
      return {
        subject: `Dokumen ${serviceName} telah terbit`,
        paragraphs: [
          `Dokumen layanan ${serviceName} ${who} telah ditandatangani dan diterbitkan.`,
          'Sebelum dokumen dapat diunduh atau diambil, mohon isi survei kepuasan masyarakat melalui portal ' +
            '(Peraturan Wali Kota Kediri Nomor 80 Tahun 2021 Pasal 13).',
        ],
      };
    case 'COMPLETED':
      return {
        subject: `Layanan ${serviceName} selesai`,
        paragraphs: [
          `Dokumen layanan ${serviceName} ${who} telah diserahkan. Terima kasih telah menggunakan layanan kami.`,
        ],
      };
  }
}

function portalLink(settings: RuntimeSettings, request: ServiceRequest): string {
  return `${settings.portalUrl.replace(/\/$/, '')}/permohonan/${encodeURIComponent(request.id)}`;
}

/** A mail of ours: greeting and paragraphs, the portal link (the only link), and the automatic-mail line. */
export function message(
  to: readonly string[],
  subject: string,
  paragraphs: readonly string[],
  link: string,
  settings: RuntimeSettings,
): MailMessage {
  const all = [
    ...paragraphs,
    `Lihat perincian di portal: ${link}`,
    `Pesan ini dikirim otomatis oleh layanan kepegawaian ${settings.agency.name}; mohon tidak membalas surel ini.`,
  ];
  const anchor = `<a href="${escapeHtml(link)}">${escapeHtml(link)}</a>`;
  return {
    to,
    subject: `[${settings.agency.name}] ${subject}`,
    text: all.join('\n\n'),
    html: all
      .map((paragraph) => `<p>${escapeHtml(paragraph).replace(escapeHtml(link), anchor)}</p>`)
      .join('\n'),
  };
}

/**
 * The e-mail for a notice, or undefined when the applicant has no address on record.
 * Its link only opens the portal: no action is ever taken by following it (mail scanners follow links).
 */
export function composeNotice(
  notice: Notice,
  request: ServiceRequest,
  settings: RuntimeSettings,
): MailMessage | undefined {
  if (!request.applicant.email) return undefined;
  const text = noticeText(notice, request, findService(request.serviceType).name, settings);
  return message(
    [request.applicant.email],
    text.subject,
    [`Yth. ${request.applicant.name},`, ...text.paragraphs],
    portalLink(settings, request),
    settings,
  );
}

/** The escalation mailed to the officials of a stage and their superiors when its service level passes. */
export function composeEscalation(
  request: ServiceRequest,
  stage: Stage,
  recipients: readonly string[],
  settings: RuntimeSettings,
): MailMessage | undefined {
  if (recipients.length === 0) return undefined;
  const serviceName = findService(request.serviceType).name;
  const label = WAIT_RULES[stage].label;
  const dueAt = request.task?.dueAt;
  return message(
    recipients,
    `Batas waktu ${label} terlampaui: ${serviceName} ${request.applicant.name}`,
    [
      'Yth. Bapak/Ibu,',
      `Tahap ${label} permohonan ${serviceName} atas nama ${request.applicant.name} (NIP ${request.applicant.nip}) ` +
        `melewati batas waktu layanan${dueAt ? ` (${formatDeadline(dueAt, settings.timeZone)})` : ''} dan belum diputuskan.`,
      request.claim
        ? `Permohonan sedang ditangani oleh ${request.claim.name ?? request.claim.username}.`
        : 'Permohonan belum ditangani oleh siapa pun.',
      'Mohon segera ditindaklanjuti. Permohonan tetap menunggu keputusan.',
    ],
    portalLink(settings, request),
    settings,
  );
}
