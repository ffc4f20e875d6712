import type { Announcement } from './information';

/** The agency's announcements: a few hundred at most, listed whole. */
export interface Announcements {
  put(announcement: Announcement): Promise<void>;
  get(id: string): Promise<Announcement | undefined>;
  /** False when there was none. */
  remove(id: string): Promise<boolean>;
  list(): Promise<Announcement[]>;
}
