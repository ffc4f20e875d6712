import { announcementRecords } from '#adapters/announcement-records';
import { clock } from '#adapters/clock';
import { ids } from '#adapters/ids';

/** What the announcement routes share. */
export const announcementDeps = { announcements: announcementRecords, clock, ids };
