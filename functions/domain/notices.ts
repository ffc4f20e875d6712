import { findService } from './catalog/index';
import { escapeHtml } from './html';
import type { MailMessage } from './ports';
import type { ServiceRequest } from './request';
import type { RuntimeSettings, TimeZone } from './settings';

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

/** Notices the applicant receives at outcomes they must know (DESIGN.md §4). */
export const NOTICES = ['RECEIVED', 'VERIFICATION_ACCEPTED'] as const;
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
  switch (notice) {
    case 'RECEIVED':
      return {
        subject: `Permohonan ${serviceName} telah diterima`,
        paragraphs: [
          `Permohonan ${serviceName} atas nama ${request.applicant.name} (NIP ${request.applicant.nip}) ` +
            `telah kami terima pada ${formatDateTime(request.submittedAt ?? request.updatedAt, settings.timeZone)}.`,
          'Berkas Anda selanjutnya diverifikasi oleh Admin BKPSDM. Kami akan memberi tahu Anda hasilnya.',
        ],
      };
    case 'VERIFICATION_ACCEPTED':
      return {
        subject: `Berkas permohonan ${serviceName} dinyatakan lengkap`,
        paragraphs: [
          `Berkas permohonan ${serviceName} atas nama ${request.applicant.name} (NIP ${request.applicant.nip}) ` +
            'telah diverifikasi dan dinyatakan lengkap.',
          'Permohonan Anda kini dalam tahap validasi oleh pejabat yang berwenang.',
        ],
      };
  }
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
  const link = `${settings.portalUrl.replace(/\/$/, '')}/permohonan/${encodeURIComponent(request.id)}`;
  const greeting = `Yth. ${request.applicant.name},`;
  const closing = [
    `Lihat perincian dan perkembangan permohonan Anda di portal: ${link}`,
    `Pesan ini dikirim otomatis oleh layanan kepegawaian ${settings.agency.name}; mohon tidak membalas surel ini.`,
  ];
  const paragraphs = [greeting, ...text.paragraphs, ...closing];
  return {
    to: [request.applicant.email],
    subject: `[${settings.agency.name}] ${text.subject}`,
    text: paragraphs.join('\n\n'),
    html: paragraphs
      .map(
        (paragraph) =>
          `<p>${escapeHtml(paragraph).replace(escapeHtml(link), `<a href="${escapeHtml(link)}">${escapeHtml(link)}</a>`)}</p>`,
      )
      .join('\n'),
  };
}
