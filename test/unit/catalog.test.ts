import { describe, expect, it } from 'vitest';
import { findService, offeredServices, publishService, serviceSla } from '#catalog/domain/catalog';
import { NotFoundError } from '#kernel/domain/errors';

describe('the service catalog', () => {
  it('offers only services whose example details satisfy their own schema', () => {
    for (const service of offeredServices()) {
      expect(service.details.safeParse(service.detailsExample).success, service.code).toBe(true);
    }
  });

  it('publishes each entry with the contract’s fields and a JSON Schema of its details', () => {
    const published = publishService(findService('KGB'), { slaOverrides: {} });
    expect(Object.keys(published)).toEqual(
      expect.arrayContaining([
        'code',
        'name',
        'requirements',
        'detailsSchema',
        'detailsExample',
        'signatureMode',
        'handoverMode',
        'validationTiers',
        'sla',
      ]),
    );
    expect(published.detailsSchema).toMatchObject({
      type: 'object',
      required: expect.arrayContaining(['lastRaiseEffectiveDate', 'currentBaseSalary']),
      additionalProperties: false,
    });
    expect(published.requirements[0]).toEqual({
      code: 'SK_KGB_TERAKHIR',
      name: expect.any(String),
      required: true,
      fromArchive: true,
    });
  });

  it('applies the agency’s SLA overrides: DEFAULT first, then the service’s own', () => {
    const kgb = findService('KGB');
    expect(serviceSla(kgb, { slaOverrides: {} }).verification).toBe(3);
    const sla = serviceSla(kgb, {
      slaOverrides: { DEFAULT: { verification: 4, signing: 5 }, KGB: { verification: 1 } },
    });
    expect(sla).toMatchObject({ verification: 1, signing: 5, supervisorValidation: 1 });
  });

  it('answers 404 for a service it does not offer', () => {
    expect(() => findService('TIDAK_ADA')).toThrow(NotFoundError);
  });
});
