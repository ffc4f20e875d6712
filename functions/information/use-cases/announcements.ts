import {
  type Announcement,
  type Audience,
  isForActor,
  isShowing,
  renderMarkdown,
} from '#information/domain/information';
import type { Announcements } from '#information/domain/ports';
import { NotFoundError, ValidationError } from '#kernel/domain/errors';
import type { Clock, IdGenerator } from '#kernel/domain/ports';
import { type Actor, hasAnyRole } from '#kernel/domain/roles';

export interface AnnouncementDeps {
  readonly announcements: Announcements;
  readonly clock: Clock;
  readonly ids: IdGenerator;
}

export interface AnnouncementInput {
  readonly title: string;
  readonly body: string;
  readonly audience: Audience;
  readonly publishAt?: string;
  readonly expiresAt?: string;
}

function announcementNotFound(id: string): NotFoundError {
  return new NotFoundError('ANNOUNCEMENT_NOT_FOUND', `Pengumuman ${id} tidak ditemukan.`, 'id');
}

/** Publishes a new announcement, or (with `id`) replaces one: agency admins only (route). */
export async function saveAnnouncement(
  deps: AnnouncementDeps,
  actor: Actor,
  input: AnnouncementInput,
  id?: string,
): Promise<Announcement> {
  const now = deps.clock.now().toISOString();
  const previous = id ? await deps.announcements.get(id) : undefined;
  if (id && !previous) throw announcementNotFound(id);
  const publishAt = input.publishAt ?? previous?.publishAt ?? now;
  if (input.expiresAt && input.expiresAt <= publishAt) {
    throw new ValidationError(
      'EXPIRES_BEFORE_PUBLISHED',
      'Tanggal berakhir harus setelah tanggal tayang.',
      'expiresAt',
    );
  }
  const announcement: Announcement = {
    id: previous?.id ?? deps.ids.next(),
    title: input.title,
    body: input.body,
    bodyHtml: renderMarkdown(input.body),
    audience: input.audience,
    publishAt,
    ...(input.expiresAt && { expiresAt: input.expiresAt }),
    createdBy: previous?.createdBy ?? actor.username,
    createdAt: previous?.createdAt ?? now,
    updatedAt: now,
  };
  await deps.announcements.put(announcement);
  return announcement;
}

export async function removeAnnouncement(deps: AnnouncementDeps, id: string): Promise<void> {
  if (!(await deps.announcements.remove(id))) throw announcementNotFound(id);
}

/**
 * The announcements showing now for the caller's unit and roles, newest first; agency admins
 * may ask for every one (`all`), scheduled and expired included, to manage them.
 */
export async function listAnnouncements(
  deps: AnnouncementDeps,
  actor: Actor,
  all: boolean,
): Promise<Announcement[]> {
  const now = deps.clock.now().toISOString();
  const everything = await deps.announcements.list();
  const manage = all && hasAnyRole(actor, ['AGENCY_ADMIN']);
  return everything
    .filter(
      (announcement) => manage || (isShowing(announcement, now) && isForActor(announcement.audience, actor)),
    )
    .sort((a, b) => b.publishAt.localeCompare(a.publishAt));
}
