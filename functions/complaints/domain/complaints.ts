import type { Actor, Role } from '#kernel/domain/roles';

/** What a complaint is about (Kediri Pasal 4(3)c: complaints about services and the system). */
export const COMPLAINT_CATEGORIES = {
  LAYANAN: 'Pelayanan kepegawaian (permohonan, persyaratan, waktu penyelesaian)',
  PETUGAS: 'Sikap atau perilaku petugas',
  SISTEM: 'Penggunaan sistem (akses, galat, tampilan)',
  LAINNYA: 'Lainnya',
} as const;
export type ComplaintCategory = keyof typeof COMPLAINT_CATEGORIES;

export const COMPLAINT_STATUSES = {
  RECEIVED: 'Diterima',
  IN_PROGRESS: 'Sedang ditangani',
  ANSWERED: 'Dijawab',
  CLOSED: 'Selesai',
} as const;
export type ComplaintStatus = keyof typeof COMPLAINT_STATUSES;

/** Complaints are handled by the agency's management team (Kediri Pasal 16: the helpdesk). */
export const COMPLAINT_HANDLERS: readonly Role[] = ['AGENCY_ADMIN'];

export interface ComplaintAttachment {
  readonly key: string;
  readonly fileName: string;
  readonly contentType: string;
  readonly size: number;
}

export interface ComplaintAnswer {
  readonly at: string;
  readonly by: string;
  readonly byName?: string;
  readonly text: string;
}

export interface Complaint {
  readonly id: string;
  readonly category: ComplaintCategory;
  readonly text: string;
  /** The request it is about, if any. */
  readonly requestId?: string;
  readonly attachment?: ComplaintAttachment;
  readonly status: ComplaintStatus;
  /** Anonymous complaints are not taken: accounts only; the identity is shown to handlers only. */
  readonly complainant: {
    readonly username: string;
    readonly name?: string;
    readonly nip?: string;
    readonly unit?: string;
    readonly email?: string;
  };
  readonly createdAt: string;
  readonly updatedAt: string;
  /** The answer is due by then (working days from config), until it is answered or closed. */
  readonly dueAt: string;
  readonly overdue: boolean;
  readonly answers: readonly ComplaintAnswer[];
  readonly history: ReadonlyArray<{
    readonly at: string;
    readonly status: ComplaintStatus;
    readonly by: string;
  }>;
  readonly version: number;
  /** The fingerprint of the filing's input, when it was filed under an Idempotency-Key. Never published. */
  readonly fingerprint?: string;
}

export function isHandler(actor: Actor): boolean {
  return actor.roles.some((role) => COMPLAINT_HANDLERS.includes(role));
}

/** Open complaints wait for an answer; their deadline runs. */
export function isOpen(complaint: Complaint): boolean {
  return complaint.status === 'RECEIVED' || complaint.status === 'IN_PROGRESS';
}

/**
 * A complaint as `actor` may see it: handlers and the complainant see everything; auditors see
 * the complaint without who made it.
 */
export function publishComplaint(complaint: Complaint, actor: Actor) {
  const { attachment, version: _version, fingerprint: _fingerprint, complainant, ...rest } = complaint;
  const seesIdentity = isHandler(actor) || complainant.username === actor.username;
  return {
    ...rest,
    categoryLabel: COMPLAINT_CATEGORIES[complaint.category],
    statusLabel: COMPLAINT_STATUSES[complaint.status],
    ...(attachment && {
      attachment: {
        fileName: attachment.fileName,
        contentType: attachment.contentType,
        size: attachment.size,
      },
    }),
    ...(seesIdentity && {
      complainant: {
        username: complainant.username,
        name: complainant.name,
        nip: complainant.nip,
        unit: complainant.unit,
      },
    }),
  };
}
