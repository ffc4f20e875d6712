import { detailId } from '../../components/details-values';

/** The element id of the API's `field` on this form. */
export function manualFieldId(field: string | undefined): string | undefined {
  if (!field) return undefined;
  const detail = /^details\.([A-Za-z0-9_]+)/.exec(field);
  if (detail?.[1]) return detailId(detail[1]);
  const stage = /^stages\.(\d+)\.(stage|outcome|decidedBy|decidedAt)$/.exec(field);
  if (stage) return `manual-stages-${stage[1]}-${stage[2]}`;
  if (field === 'stages') return 'manual-stages-0-stage';
  if (field === 'document.number') return 'manual-document-number';
  if (field.startsWith('document')) return 'manual-document-file';
  if (field === 'result.reason') return 'manual-result-reason';
  if (field.startsWith('result')) return 'manual-result-at';
  return `manual-${field}`;
}
