import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { offeredServices, publishService } from '#catalog/domain/catalog';
import { cuti } from '#catalog/domain/cuti';
import { kgb } from '#catalog/domain/kgb';
import type { ServiceDefinition } from '#catalog/domain/service';
import { suratKeterangan } from '#catalog/domain/surat-keterangan';
import { pdfRenderer } from '#documents/adapters/pdf-renderer';
import { verificationPage } from '#documents/api/verification-page';
import { composeIssuedDocument, composeRejectionLetter, detailFacts } from '#documents/domain/documents';
import type { Employee } from '#employees/domain/employee';
import { loadAgencyConfig, runtimeSettingsOf } from '#infra/config';
import { EMPLOYEES } from '#kit/fakes';
import { VERIFIED_RAISE } from '#kit/fixtures';
import { pageTexts } from '#kit/pdf';
import type { ServiceRequest } from '#requests/domain/request';

const settings = runtimeSettingsOf(loadAgencyConfig('demo'));
const at = new Date('2026-11-23T03:00:00Z');
const SIGNER = {
  name: 'Drs. Bambang Sutrisno, M.Si.',
  nip: '197104231996031007',
  position: 'Kepala Badan Kepegawaian dan Pengembangan Sumber Daya Manusia',
};
const ISSUE = {
  documentId: '9b2e4c1a-7d3f-4e8b-a6c5-1f0d2e3b4a59',
  number: '850/001/BKPSDM/2026',
  signer: SIGNER,
  mode: 'ELECTRONIC',
  draft: false,
  at,
  verificationBaseUrl: 'https://layanan.example',
} as const;

function requestFor(serviceType: string, details: unknown): ServiceRequest {
  return {
    id: '3f1c2a9e-5b7d-4c2a-9e8f-0a1b2c3d4e5f',
    serviceType,
    status: 'AWAITING_SIGNATURE',
    applicant: { nip: EMPLOYEES.siti.nip, name: EMPLOYEES.siti.name, unit: EMPLOYEES.siti.unit },
    createdBy: 'asn.lain',
    details,
    ...(serviceType === 'KGB' && { verified: VERIFIED_RAISE }),
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
        signer: SIGNER,
        at,
        verificationBaseUrl: 'https://layanan.example',
      });
      const letterText = (await pageTexts(await pdfRenderer.render(letter))).join(' ');
      expect(letterText).toContain('Masa kerja belum memenuhi');
      expect(letterText).toContain(service.name);
      // Signed by the official who holds the authority, named with NIP and position.
      for (const expected of [SIGNER.name, `NIP ${SIGNER.nip}`, SIGNER.position.toUpperCase()]) {
        expect(letterText, expected).toContain(expected);
      }
    },
  );
});

/** A value a letter must never print: a code such as `AKTIF_BEKERJA` or `TAHUNAN`. */
const CODE = /^[A-Z]{2,}(_[A-Z0-9]+)*$/;

/** Every field of a service's details that takes a closed list of codes: its codes and its list. */
function closedLists(service: ServiceDefinition): Array<[string, readonly string[], z.ZodType]> {
  const shape = (service.details as unknown as { shape: Record<string, z.ZodType> }).shape;
  return Object.entries(shape).flatMap(([name, field]) => {
    const inner = field instanceof z.ZodOptional ? (field.unwrap() as z.ZodType) : field;
    return inner instanceof z.ZodEnum ? [[name, inner.options as readonly string[], inner]] : [];
  });
}

describe('letters a person can use', () => {
  it.each(offeredServices().map((service) => [service.code, service] as const))(
    '%s: every code its form offers has a label, published with its JSON Schema',
    (_code, service) => {
      for (const [name, codes, field] of closedLists(service)) {
        const labels = field.meta()?.labels;
        for (const code of codes) expect(labels?.[code], `${service.code}.${name}.${code}`).toBeTruthy();
        const published = publishService(service, settings).detailsSchema as {
          properties: Record<string, { labels?: Record<string, string> }>;
        };
        expect(published.properties[name]?.labels, name).toEqual(labels);
      }
    },
  );

  it.each(offeredServices().map((service) => [service.code, service] as const))(
    '%s: its details print as labels, never as codes',
    (_code, service) => {
      const values = detailFacts(service, service.detailsExample).map(([, value]) => value);
      expect(values.filter((value) => CODE.test(value))).toEqual([]);
    },
  );

  it('prints "Cuti Tahunan" and "Keterangan Aktif Bekerja", not TAHUNAN or AKTIF_BEKERJA', async () => {
    const leave = composeIssuedDocument(requestFor('CUTI', cuti.detailsExample), cuti, settings, ISSUE);
    const certificate = composeIssuedDocument(
      requestFor('SURAT_KETERANGAN', suratKeterangan.detailsExample),
      suratKeterangan,
      settings,
      ISSUE,
    );
    const text = [
      ...(await pageTexts(await pdfRenderer.render(leave))),
      ...(await pageTexts(await pdfRenderer.render(certificate))),
    ].join(' ');
    expect(text).toContain('Cuti Tahunan');
    expect(text).toContain('Keterangan Aktif Bekerja');
    expect(text).not.toMatch(/TAHUNAN|AKTIF_BEKERJA/);
  });

  it('states in a KGB letter what a KGB decree states: old and new salary and working period, new TMT, next KGB', async () => {
    const letter = composeIssuedDocument(requestFor('KGB', kgb.detailsExample), kgb, settings, {
      ...ISSUE,
      employee: { ...EMPLOYEES.siti, positionName: 'Perawat Ahli Muda' },
    });
    expect(letter.facts).toEqual(
      expect.arrayContaining([
        ['Gaji pokok lama', 'Rp3.455.600'],
        ['Masa kerja golongan lama', '12 tahun 0 bulan'],
        ['TMT gaji pokok lama', '1 Desember 2024'],
        ['Masa kerja golongan baru', '14 tahun 0 bulan'],
        ['Dalam golongan', 'Penata (III/c)'],
        ['Terhitung mulai tanggal', '1 Desember 2026'],
        ['Kenaikan gaji berikutnya', '1 Desember 2028'],
      ]),
    );
    const pages = await pageTexts(await pdfRenderer.render(letter));
    const text = pages.join(' ');
    expect(text).toContain('Rp4.000.000 (diisi verifikator; daftar gaji PP 5/2024)');
    expect(text).toContain('terakhir dengan Peraturan Pemerintah Nomor 5 Tahun 2024');
    expect(pages).toHaveLength(1);
    // The raise stands instead of the raw statement: no figure is printed twice under another title.
    expect(text).not.toContain('Gaji pokok saat ini');
  });

  it('lists the details in the order the form asks them, whatever order the stored record returns', () => {
    // DynamoDB returns a map's keys in an order of its own: here the end comes first.
    const stored = Object.fromEntries(Object.entries(cuti.detailsExample).reverse());
    const titles = detailFacts(cuti, stored).map(([title]) => title);
    expect(titles.indexOf('Tanggal mulai cuti')).toBeLessThan(titles.indexOf('Tanggal selesai cuti'));
    expect(titles[0]).toBe('Jenis cuti');
  });

  it('names an employee of another agency with that agency and its unit (Gorontalo Pasal 3(2))', async () => {
    const guest: Employee = {
      nip: '198308082008011074',
      name: 'Samsul Bahri, S.Pd.',
      employeeType: 'PNS',
      agency: 'kab-tetangga',
      agencyName: 'Pemerintah Kabupaten Tetangga',
      unit: 'DISDIKBUD',
      unitName: 'Dinas Pendidikan dan Kebudayaan',
    };
    const request = {
      ...requestFor('SURAT_KETERANGAN', suratKeterangan.detailsExample),
      applicant: { nip: guest.nip, name: guest.name, unit: guest.unit, agency: 'kab-tetangga' },
    };
    const content = composeIssuedDocument(request, suratKeterangan, settings, { ...ISSUE, employee: guest });
    expect(content.facts).toEqual(
      expect.arrayContaining([
        ['Unit kerja', 'Dinas Pendidikan dan Kebudayaan'],
        ['Instansi', 'Pemerintah Kabupaten Tetangga'],
      ]),
    );
    const own = composeIssuedDocument(requestFor('SURAT_KETERANGAN', {}), suratKeterangan, settings, ISSUE);
    expect(own.facts.map(([title]) => title)).not.toContain('Instansi');
    const text = (await pageTexts(await pdfRenderer.render(content))).join(' ');
    expect(text).toContain('Pemerintah Kabupaten Tetangga');
    expect(text).toContain('Dinas Pendidikan dan Kebudayaan');
  });
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
