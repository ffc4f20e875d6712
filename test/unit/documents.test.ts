import { describe, expect, it } from 'vitest';
import { pdfRenderer } from '#adapters/pdf-renderer';
import { verificationPage } from '#api/verification-page';
import { offeredServices } from '#domain/catalog/index';
import { composeIssuedDocument, composeRejectionLetter } from '#domain/documents';
import type { ServiceRequest } from '#domain/request';
import { loadAgencyConfig, runtimeSettingsOf } from '#infra/config';
import { EMPLOYEES } from '#kit/fakes';
import { pageTexts } from '#kit/pdf';

const settings = runtimeSettingsOf(loadAgencyConfig('demo'));
const at = new Date('2026-11-23T03:00:00Z');

function requestFor(serviceType: string, details: unknown): ServiceRequest {
  return {
    id: '3f1c2a9e-5b7d-4c2a-9e8f-0a1b2c3d4e5f',
    serviceType,
    status: 'AWAITING_SIGNATURE',
    applicant: { nip: EMPLOYEES.siti.nip, name: EMPLOYEES.siti.name, unit: EMPLOYEES.siti.unit },
    createdBy: 'asn.lain',
    details,
    createdAt: at.toISOString(),
    updatedAt: at.toISOString(),
    version: 1,
    rejection: {
      reason: 'Masa kerja belum memenuhi',
      stage: 'VERIFICATION',
      decidedBy: 'verifikator',
      decidedAt: at.toISOString(),
      automatic: false,
    },
  };
}

describe('the documents of every service', () => {
  it.each(offeredServices().map((service) => [service.code, service] as const))(
    '%s: its output and its rejection letter render with the agency’s letterhead, number, data and signer',
    async (_code, service) => {
      const request = requestFor(service.code, service.detailsExample);
      const issued = composeIssuedDocument(request, service, settings, {
        documentId: '9b2e4c1a-7d3f-4e8b-a6c5-1f0d2e3b4a59',
        number: '800/001/BKPSDM/2026',
        signer: {
          name: 'Drs. Bambang Sutrisno, M.Si.',
          nip: '197104231996031007',
          position: 'Kepala BKPSDM',
        },
        mode: service.signatureMode,
        draft: false,
        at,
        verificationBaseUrl: 'https://layanan.example',
      });
      const text = (await pageTexts(await pdfRenderer.render(issued))).join(' ');
      for (const expected of [
        'PEMERINTAH KOTA DEMO',
        service.outputName.toUpperCase(),
        'Nomor: 800/001/BKPSDM/2026',
        EMPLOYEES.siti.nip,
        'Drs. Bambang Sutrisno, M.Si.',
        'NIP 197104231996031007',
      ]) {
        expect(text, expected).toContain(expected);
      }
      const letter = composeRejectionLetter(request, service, settings, {
        documentId: '9b2e4c1a-7d3f-4e8b-a6c5-1f0d2e3b4a5a',
        number: '800/002/BKPSDM/2026',
        at,
        verificationBaseUrl: 'https://layanan.example',
      });
      const letterText = (await pageTexts(await pdfRenderer.render(letter))).join(' ');
      expect(letterText).toContain('Masa kerja belum memenuhi');
      expect(letterText).toContain(service.name);
    },
  );
});

describe('the verification page', () => {
  it('prints what it is given as text, never as markup', () => {
    const page = verificationPage(
      {
        documentId: '9b2e4c1a-7d3f-4e8b-a6c5-1f0d2e3b4a59',
        status: 'REVOKED',
        statusLabel: 'Dicabut',
        document: {
          number: '800/001/BKPSDM/2026',
          title: 'Surat <b>Tebal</b>',
          serviceType: 'KGB',
          serviceName: 'Kenaikan Gaji Berkala',
          issuedAt: '2026-11-23T03:00:00.000Z',
          signer: { name: 'Drs. Bambang', position: 'Kepala', acting: 'PLT' },
          sha256: 'ab'.repeat(32),
          signature: {
            mode: 'ELECTRONIC',
            algorithm: 'ECDSA_SHA_256',
            keyId: 'k',
            value: 'v',
            valid: true,
            publicKey: '',
          },
          revocation: { reason: '<script>alert(1)</script>', at: '2026-11-24T03:00:00.000Z' },
        },
      },
      { name: 'BKPSDM Kota Demo', timeZone: 'WITA' },
    );
    expect(page).not.toContain('<script>');
    expect(page).toContain('&#60;script&#62;');
    expect(page).toContain('Plt. Kepala');
    expect(page).toContain('24 November 2026 pukul 11.00 WITA');
  });
});
