import { micromark } from 'micromark';
import type { Actor, Role } from '#kernel/domain/roles';

/** Who an announcement is for: everyone with an account, one unit, or the holders of one role. */
export type Audience =
  | { readonly kind: 'ALL' }
  | { readonly kind: 'UNIT'; readonly unit: string }
  | { readonly kind: 'ROLE'; readonly role: Role };

/** Information the agency publishes in the system (Kediri Pasal 4(3)a). */
export interface Announcement {
  readonly id: string;
  readonly title: string;
  /** Markdown as the admin wrote it. */
  readonly body: string;
  /** The body as HTML, safe to show: raw HTML is escaped and dangerous links are dropped. */
  readonly bodyHtml: string;
  readonly audience: Audience;
  readonly publishAt: string;
  readonly expiresAt?: string;
  readonly createdBy: string;
  readonly createdAt: string;
  readonly updatedAt: string;
}

/** Where a link may lead: an https page or an e-mail address, nothing relative, nothing else. */
const ALLOWED_LINK = /^(?:https:\/\/|mailto:)/i;
/** micromark's own tags: raw HTML in the Markdown is escaped, so these are the only ones there are. */
const LINK = /<a href="([^"]*)"(?: title="[^"]*")?>([\s\S]*?)<\/a>/g;
const IMAGE = /<img src="[^"]*" alt="([^"]*)"(?: title="[^"]*")? \/>/g;

/**
 * Markdown to HTML for people to read. micromark escapes raw HTML; then a link keeps its anchor
 * only to https or mailto (any other, relative ones included, becomes its text), and an image
 * becomes its alternative text: a remote image tells its server who read the page and when.
 */
export function renderMarkdown(markdown: string): string {
  return micromark(markdown)
    .replace(IMAGE, (_image, alt: string) => alt)
    .replace(LINK, (link, href: string, text: string) => (ALLOWED_LINK.test(href) ? link : text));
}

export function isForActor(audience: Audience, actor: Actor): boolean {
  switch (audience.kind) {
    case 'ALL':
      return true;
    case 'UNIT':
      return actor.unit === audience.unit;
    case 'ROLE':
      return actor.roles.includes(audience.role);
  }
}

export function isShowing(announcement: Announcement, now: string): boolean {
  return announcement.publishAt <= now && (!announcement.expiresAt || now < announcement.expiresAt);
}
