import { describe, expect, it } from 'vitest';
import { detailsOf } from '../../web/src/components/details-values';
import { manualFieldId } from '../../web/src/features/manual/fields';

describe('manualFieldId', () => {
  it('links each field the API names to the control of the manual-entry form that shows it', () => {
    expect(manualFieldId('submittedAt')).toBe('manual-submittedAt');
    expect(manualFieldId('forceMajeureId')).toBe('manual-forceMajeureId');
    expect(manualFieldId('stages.2.decidedBy')).toBe('manual-stages-2-decidedBy');
    expect(manualFieldId('stages')).toBe('manual-stages-0-stage');
    expect(manualFieldId('details.awardClass')).toBe('details-awardClass');
    expect(manualFieldId('result.reason')).toBe('manual-result-reason');
    expect(manualFieldId('result.at')).toBe('manual-result-at');
    expect(manualFieldId('document.number')).toBe('manual-document-number');
    expect(manualFieldId('document.size')).toBe('manual-document-file');
    expect(manualFieldId(undefined)).toBeUndefined();
  });
});

describe('detailsOf', () => {
  const schema = {
    properties: {
      hasTakenUnpaidLeave: { type: 'boolean' },
      wantsCopy: { type: 'boolean' },
      years: { type: 'integer' },
      note: { type: 'string' },
    },
    required: ['hasTakenUnpaidLeave', 'years'],
  };

  it('answers an unticked required yes/no as false and leaves an unticked optional one out', () => {
    expect(detailsOf(schema, { years: '12', note: ' ' })).toEqual({ hasTakenUnpaidLeave: false, years: 12 });
  });

  it('sends a ticked box as true and typed numbers as numbers', () => {
    expect(detailsOf(schema, { hasTakenUnpaidLeave: true, wantsCopy: true, years: '3', note: 'x' })).toEqual({
      hasTakenUnpaidLeave: true,
      wantsCopy: true,
      years: 3,
      note: 'x',
    });
  });
});
