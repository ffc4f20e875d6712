/**
 * The cost of a document: the production renderer (embedded Arimo subsets, QR code) against the
 * same text laid out by pdf-lib with a standard font that is not embedded, measured in one run.
 *
 *   npm run bench:render              BENCH_DOCUMENTS=50 npm run bench:render
 */
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { findService } from '#catalog/domain/catalog';
import { kgb } from '#catalog/domain/kgb';
import { pdfRenderer } from '#documents/adapters/pdf-renderer';
import { composeIssuedDocument, type DocumentContent } from '#documents/domain/documents';
import { loadAgencyConfig, runtimeSettingsOf } from '#infra/config';
import { percentile } from '#reports/domain/statistics';
import type { ServiceRequest } from '#requests/domain/request';

const DOCUMENTS = Number(process.env.BENCH_DOCUMENTS ?? 30);
const settings = runtimeSettingsOf(loadAgencyConfig('demo'));
const at = new Date('2026-11-23T03:00:00Z');
const request: ServiceRequest = {
  id: '3f1c2a9e-5b7d-4c2a-9e8f-0a1b2c3d4e5f',
  serviceType: 'KGB',
  status: 'AWAITING_SIGNATURE',
  applicant: { nip: '198807222012122001', name: 'Siti Rahmawati, S.Kep.', unit: 'DINKES' },
  createdBy: 'asn.lain',
  details: kgb.detailsExample,
  createdAt: at.toISOString(),
  updatedAt: at.toISOString(),
  version: 1,
};
const content = composeIssuedDocument(request, findService('KGB'), settings, {
  documentId: '9b2e4c1a-7d3f-4e8b-a6c5-1f0d2e3b4a59',
  number: '800/017/BKPSDM/2026',
  signer: { name: 'Drs. Bambang Sutrisno, M.Si.', nip: '197104231996031007', position: 'Kepala BKPSDM' },
  mode: 'ELECTRONIC',
  draft: false,
  at,
  verificationBaseUrl: 'http://localhost:3000',
});

/** The same words on one page in Helvetica, unembedded: the floor any PDF costs. */
async function baseline({ title, paragraphs, facts }: DocumentContent): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const page = pdf.addPage();
  const lines = [title, ...paragraphs, ...facts.map(([label, value]) => `${label}: ${value}`)];
  lines.forEach((line, index) => {
    page.drawText(line.replace(/[^\x20-\x7e]/g, '?').slice(0, 90), {
      x: 50,
      y: 780 - 16 * index,
      size: 10,
      font,
    });
  });
  return pdf.save();
}

async function measure(render: () => Promise<Uint8Array>): Promise<number[]> {
  await render();
  const times: number[] = [];
  for (let index = 0; index < DOCUMENTS; index++) {
    const started = performance.now();
    await render();
    times.push(performance.now() - started);
  }
  return times;
}

const production = await measure(() => pdfRenderer.render(content));
const floor = await measure(() => baseline(content));
const p50 = percentile(production, 50) ?? Number.NaN;
const floorP50 = percentile(floor, 50) ?? Number.NaN;
process.stdout.write(
  `${DOCUMENTS} renders of the KGB letter, in process\n` +
    `production renderer (embedded fonts, QR): p50 ${p50.toFixed(1)} ms, p99 ${(percentile(production, 99) ?? Number.NaN).toFixed(1)} ms\n` +
    `pdf-lib, standard font, same text:        p50 ${floorP50.toFixed(1)} ms\n` +
    `ratio production : baseline = ${(p50 / floorP50).toFixed(2)}\n`,
);
