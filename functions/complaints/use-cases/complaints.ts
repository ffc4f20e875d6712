import type { AccountDirectory } from '#accounts';
import {
  COMPLAINT_CATEGORIES,
  COMPLAINT_HANDLERS,
  COMPLAINT_STATUSES,
  type Complaint,
  type ComplaintCategory,
  type ComplaintStatus,
  isHandler,
  isOpen,
} from '#complaints/domain/complaints';
import type { ComplaintRecords } from '#complaints/domain/ports';
import type { SigningAuthorities } from '#documents';
import type { FileStore } from '#files';
import { readUpload } from '#files/use-cases/stored-upload';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '#kernel/domain/errors';
import { fingerprintOf, idForKey, requireSameInput } from '#kernel/domain/idempotency';
import type { Clock, IdGenerator, Page, PageQuery } from '#kernel/domain/ports';
import { type Actor, hasAnyRole } from '#kernel/domain/roles';
import type { RuntimeSettings } from '#kernel/domain/settings';
import { addWorkingDays, workCalendar } from '#kernel/domain/working-days';
import type { Mailer, MailMessage } from '#mail';
import type { DocumentContentType, RequestRecords } from '#requests';
import { formatDateTime, message, requestReader } from '#requests';

export interface ComplaintDeps {
  readonly complaints: ComplaintRecords;
  readonly records: RequestRecords;
  readonly accounts: AccountDirectory;
  readonly files: FileStore;
  readonly mailer: Mailer;
  readonly clock: Clock;
  readonly ids: IdGenerator;
  readonly settings: RuntimeSettings;
  readonly authorities: Pick<SigningAuthorities, 'forService'>;
  readonly maxUploadBytes: number;
}

function complaintNotFound(id: string): NotFoundError {
  return new NotFoundError('COMPLAINT_NOT_FOUND', `Pengaduan ${id} tidak ditemukan.`, 'id');
}

function portalLink(settings: RuntimeSettings, complaint: Complaint): string {
  return `${settings.portalUrl.replace(/\/$/, '')}/pengaduan/${encodeURIComponent(complaint.id)}`;
}

/** The complainant hears of each step of their complaint. */
function toComplainant(
  deps: Pick<ComplaintDeps, 'settings'>,
  complaint: Complaint,
  subject: string,
  paragraphs: string[],
) {
  const address = complaint.complainant.email;
  if (!address) return undefined;
  return message(
    [address],
    subject,
    [`Yth. ${complaint.complainant.name ?? complaint.complainant.username},`, ...paragraphs],
    portalLink(deps.settings, complaint),
    deps.settings,
  );
}

async function handlerAddresses(deps: Pick<ComplaintDeps, 'accounts'>): Promise<string[]> {
  const handlers = (
    await Promise.all(COMPLAINT_HANDLERS.map((role) => deps.accounts.listByRole(role)))
  ).flat();
  return handlers.flatMap((account) => (account.email ? [account.email] : []));
}

/** Hands over a complaint's mail, each under an id naming the complaint's version and its audience. */
async function send(
  deps: Pick<ComplaintDeps, 'mailer'>,
  complaint: Complaint,
  mails: Readonly<Record<string, MailMessage | undefined>>,
): Promise<void> {
  for (const [audience, mail] of Object.entries(mails)) {
    if (mail) await deps.mailer.send(`complaint:${complaint.id}:${complaint.version}:${audience}`, mail);
  }
}

export interface ComplaintInput {
  readonly category: ComplaintCategory;
  readonly text: string;
  readonly requestId?: string;
  readonly attachment?: {
    readonly fileName: string;
    readonly contentType: DocumentContentType;
    readonly size: number;
  };
}

/**
 * Files a complaint (Kediri Pasal 4(3)c): from an account, never anonymous; the answer is due in
 * the configured working days. The complainant and the handlers are told by e-mail.
 */
export async function fileComplaint(
  deps: ComplaintDeps,
  actor: Actor,
  input: ComplaintInput,
  /** The client's Idempotency-Key: a retried filing finds the first one, and no mail goes twice. */
  idempotencyKey?: string,
): Promise<{ complaint: Complaint; uploadUrl?: string }> {
  if (input.requestId) {
    const request = await deps.records.get(input.requestId);
    if (!request || !(await requestReader(deps, actor)(request))) {
      throw new NotFoundError(
        'REQUEST_NOT_FOUND',
        `Permohonan ${input.requestId} tidak ditemukan.`,
        'requestId',
      );
    }
  }
  if (input.attachment && input.attachment.size > deps.maxUploadBytes) {
    const limit = Math.floor(deps.maxUploadBytes / 1_048_576);
    throw new ValidationError(
      'FILE_TOO_LARGE',
      `Ukuran lampiran melebihi batas ${limit} MB.`,
      'attachment.size',
    );
  }
  const now = deps.clock.now();
  const id = idempotencyKey ? idForKey(actor.username, idempotencyKey) : deps.ids.next();
  const account = await deps.accounts.get(actor.username);
  const email = actor.email ?? account?.email;
  const name = actor.name ?? account?.name;
  const complaint: Complaint = {
    id,
    category: input.category,
    text: input.text,
    ...(input.requestId && { requestId: input.requestId }),
    ...(input.attachment && { attachment: { ...input.attachment, key: `requests/complaints/${id}` } }),
    status: 'RECEIVED',
    complainant: {
      username: actor.username,
      ...(name && { name }),
      ...(actor.nip && { nip: actor.nip }),
      ...(actor.unit && { unit: actor.unit }),
      ...(email && { email }),
    },
    createdAt: now.toISOString(),
    updatedAt: now.toISOString(),
    dueAt: addWorkingDays(
      now,
      deps.settings.complaints.responseDays,
      workCalendar(deps.settings),
    ).toISOString(),
    overdue: false,
    answers: [],
    history: [{ at: now.toISOString(), status: 'RECEIVED', by: actor.username }],
    version: 1,
    ...(idempotencyKey && { fingerprint: fingerprintOf(input) }),
  };
  const filed = (await deps.complaints.create(complaint)) ? complaint : await deps.complaints.get(id);
  if (!filed)
    throw new ConflictError('CONCURRENT_UPDATE', 'Pengaduan sedang disimpan. Coba lagi sebentar lagi.');
  if (complaint.fingerprint) requireSameInput(filed.fingerprint, complaint.fingerprint);
  return announceFiled(deps, filed);
}

/** Mails the receipt and the handlers of a filed complaint (each mail once by its id), and gives the upload address. */
async function announceFiled(
  deps: ComplaintDeps,
  complaint: Complaint,
): Promise<{ complaint: Complaint; uploadUrl?: string }> {
  const due = formatDateTime(complaint.dueAt, deps.settings.timeZone);
  const handlers = await handlerAddresses(deps);
  await send(deps, complaint, {
    complainant: toComplainant(deps, complaint, 'Pengaduan Anda telah diterima', [
      `Pengaduan Anda (${COMPLAINT_CATEGORIES[complaint.category]}) telah kami terima dan akan dijawab paling lambat ${due}.`,
    ]),
    handlers:
      handlers.length > 0
        ? message(
            handlers,
            `Pengaduan baru: ${COMPLAINT_CATEGORIES[complaint.category]}`,
            ['Yth. Tim Pengelola,', `Pengaduan baru masuk dan perlu dijawab paling lambat ${due}.`],
            portalLink(deps.settings, complaint),
            deps.settings,
          )
        : undefined,
  });
  const attachment = complaint.attachment;
  return attachment
    ? {
        complaint,
        uploadUrl: await deps.files.uploadUrl(attachment.key, attachment.contentType, attachment.size),
      }
    : { complaint };
}

/** A complaint the caller may see: their own, or any for handlers and auditors. */
export async function readComplaint(deps: Pick<ComplaintDeps, 'complaints'>, actor: Actor, id: string) {
  const complaint = await deps.complaints.get(id);
  const allowed =
    complaint &&
    (complaint.complainant.username === actor.username || isHandler(actor) || hasAnyRole(actor, ['AUDITOR']));
  if (!complaint || !allowed) throw complaintNotFound(id);
  return complaint;
}

/** The caller's own complaints, or (handlers, auditors) every complaint in a status. */
export function listComplaints(
  deps: Pick<ComplaintDeps, 'complaints'>,
  actor: Actor,
  query: PageQuery & { readonly scope: 'mine' | 'all'; readonly status: ComplaintStatus },
): Promise<Page<Complaint>> {
  if (query.scope === 'mine') return deps.complaints.listByComplainant(actor.username, query);
  if (!isHandler(actor) && !hasAnyRole(actor, ['AUDITOR'])) {
    throw new ForbiddenError(
      'SCOPE_NOT_ALLOWED',
      'Daftar semua pengaduan hanya untuk tim pengelola dan auditor.',
      'scope',
    );
  }
  return deps.complaints.listByStatus(query.status, query);
}

function changed(complaint: Complaint, status: ComplaintStatus, by: string, at: string): Complaint {
  return {
    ...complaint,
    status,
    updatedAt: at,
    history: [...complaint.history, { at, status, by }],
    version: complaint.version + 1,
  };
}

type NoticeDeps = Pick<ComplaintDeps, 'complaints' | 'mailer' | 'clock' | 'settings'>;

/** A handler answers; the answer closes the complaint's deadline, and the complainant reads it. */
export async function answerComplaint(
  deps: NoticeDeps,
  actor: Actor,
  id: string,
  answer: { readonly text: string },
): Promise<Complaint> {
  const complaint = await readComplaint(deps, actor, id);
  if (!isHandler(actor)) throw new ForbiddenError('HANDLERS_ONLY', 'Pengaduan dijawab oleh tim pengelola.');
  if (complaint.status === 'CLOSED')
    throw new ConflictError('COMPLAINT_CLOSED', 'Pengaduan ini sudah selesai.');
  const at = deps.clock.now().toISOString();
  const answered = changed(
    {
      ...complaint,
      answers: [
        ...complaint.answers,
        { at, by: actor.username, ...(actor.name && { byName: actor.name }), text: answer.text },
      ],
    },
    'ANSWERED',
    actor.username,
    at,
  );
  await deps.complaints.update(answered);
  await send(deps, answered, {
    complainant: toComplainant(deps, answered, 'Pengaduan Anda telah dijawab', [
      'Tim pengelola telah menjawab pengaduan Anda:',
      answer.text,
      'Bila jawaban ini belum menyelesaikan masalah Anda, sampaikan tanggapan melalui portal.',
    ]),
  });
  return answered;
}

const HANDLER_MOVES: ReadonlySet<ComplaintStatus> = new Set(['IN_PROGRESS', 'CLOSED']);

/**
 * Moves a complaint on: a handler takes it up (IN_PROGRESS) or closes it; the complainant may
 * close their own. Each step is mailed to the complainant, except their own closing.
 */
export async function moveComplaint(
  deps: NoticeDeps,
  actor: Actor,
  id: string,
  status: 'IN_PROGRESS' | 'CLOSED',
): Promise<Complaint> {
  const complaint = await readComplaint(deps, actor, id);
  const own = complaint.complainant.username === actor.username;
  if (!(isHandler(actor) && HANDLER_MOVES.has(status)) && !(own && status === 'CLOSED')) {
    throw new ForbiddenError('NOT_ALLOWED', 'Anda tidak dapat mengubah status pengaduan ini.', 'status');
  }
  if (complaint.status === 'CLOSED')
    throw new ConflictError('COMPLAINT_CLOSED', 'Pengaduan ini sudah selesai.');
  if (complaint.status === status) return complaint;
  if (status === 'IN_PROGRESS' && !isOpen(complaint)) {
    throw new ConflictError('ALREADY_ANSWERED', 'Pengaduan ini sudah dijawab.');
  }
  const moved = changed(complaint, status, actor.username, deps.clock.now().toISOString());
  await deps.complaints.update(moved);
  if (!own) {
    await send(deps, moved, {
      complainant: toComplainant(deps, moved, `Pengaduan Anda: ${COMPLAINT_STATUSES[status].toLowerCase()}`, [
        `Status pengaduan Anda kini "${COMPLAINT_STATUSES[status]}".`,
      ]),
    });
  }
  return moved;
}

/**
 * The attachment, checked as every upload is (readUpload: its stored size against the registered
 * one, its content a plain PDF, JPEG or PNG) before anyone downloads it, as the type it was found to be.
 */
export async function complaintAttachment(
  deps: Pick<ComplaintDeps, 'complaints' | 'files' | 'maxUploadBytes'>,
  actor: Actor,
  id: string,
): Promise<{ downloadUrl: string; fileName: string; contentType: DocumentContentType }> {
  const complaint = await readComplaint(deps, actor, id);
  const attachment = complaint.attachment;
  const checked = attachment && (await readUpload(deps, attachment, 'attachment'));
  if (!attachment || !checked) {
    throw new NotFoundError(
      'NO_ATTACHMENT',
      'Pengaduan ini tidak berlampiran atau lampirannya belum diunggah.',
    );
  }
  const file = { fileName: attachment.fileName, contentType: checked.contentType };
  return { downloadUrl: await deps.files.downloadUrl(attachment.key, file), ...file };
}

/**
 * The scheduled escalation of complaints not answered in time, like the workflow's: flagged
 * overdue, and the handlers and their superiors mailed once.
 */
export async function escalateOverdueComplaints(
  deps: Pick<ComplaintDeps, 'complaints' | 'accounts' | 'mailer' | 'clock' | 'settings'>,
  limit = 50,
): Promise<{ escalated: number }> {
  const now = deps.clock.now().toISOString();
  const due = await deps.complaints.listDue(now, limit);
  const recipients = [...new Set([...(await handlerAddresses(deps)), ...deps.settings.complaints.superiors])];
  let escalated = 0;
  for (const complaint of due) {
    const flagged: Complaint = {
      ...complaint,
      overdue: true,
      updatedAt: now,
      version: complaint.version + 1,
    };
    try {
      await deps.complaints.update(flagged);
    } catch (error) {
      if (error instanceof ConflictError) continue; // answered meanwhile: the next run sees it as it is
      throw error;
    }
    escalated += 1;
    if (recipients.length > 0) {
      await send(deps, flagged, {
        escalation: message(
          recipients,
          `Pengaduan melewati batas waktu: ${COMPLAINT_CATEGORIES[complaint.category]}`,
          [
            'Yth. Bapak/Ibu,',
            `Pengaduan yang diterima ${formatDateTime(complaint.createdAt, deps.settings.timeZone)} belum dijawab hingga batas waktunya ` +
              `(${formatDateTime(complaint.dueAt, deps.settings.timeZone)}). Mohon segera ditindaklanjuti.`,
          ],
          portalLink(deps.settings, complaint),
          deps.settings,
        ),
      });
    }
  }
  return { escalated };
}
