import { archiveStore } from '#adapters/archive-store';
import { ids } from '#adapters/ids';
import { pdfRenderer } from '#adapters/pdf-renderer';
import { stepDeps } from './deps';

/** What the steps that produce documents share. */
export const documentDeps = { ...stepDeps, archive: archiveStore, renderer: pdfRenderer, ids };
