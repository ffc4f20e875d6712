import { announcementRecords } from '#information/adapters/announcement-records';
import { clock } from '#kernel/adapters/clock';
import { ids } from '#kernel/adapters/ids';

/** What the announcement routes share. */
export const announcementDeps = { announcements: announcementRecords, clock, ids };
