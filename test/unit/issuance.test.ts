import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { IssuedDocument } from '#archive/domain/archive';
import { type ArchiveLock, archiveLock } from '#archive/domain/archive-keys';
import type { ArchiveStore } from '#archive/domain/ports';
import { kgb } from '#catalog/domain/kgb';
import type { SigningAuthorities, SigningAuthority } from '#documents/domain/ports';
import { issueDocument, issueRejectionLetter, prepareDraft } from '#documents/use-cases/issuance';
import type { FileStore } from '#files/domain/ports';
import { loadAgencyConfig, runtimeSettingsOf } from '#infra/config';
import {
  EMPLOYEES,
  memoryArchive,
  memoryEmployees,
  memoryLedger,
  memoryRecords,
  sequentialIds,
  testClock,
} from '#kit/fakes';
import { VERIFIED_RAISE } from '#kit/fixtures';
import { localSigner } from '#local/local-signer';
import type { ServiceRequest } from '#requests/domain/request';

const demo = runtimeSettingsOf(loadAgencyConfig('demo'));
/** The demo's archive with retention per type, as an agency's records retention schedule sets it. */
const settings = {
  ...demo,
  archive: { ...demo.archive, retentionYearsByType: { KGB: 25, REJECTION_LETTER: 5 } },
};
const SCAN = Buffer.from('%PDF-1.4 pindaian bertanda tangan basah');

const PRINCIPAL: SigningAuthority = {
  serviceType: 'KGB',
  username: 'penandatangan',
  name: 'Drs. Bambang Sutrisno, M.Si.',
  nip: '197104231996031007',
  position: 'Kepala BKPSDM',
  basis: 'SK 800/12/2026',
  validFrom: '2026-01-01',
};

function setup(holders: readonly SigningAuthority[] = [PRINCIPAL]) {
  const clock = testClock('2026-11-23T03:00:00Z');
  const { records } = memoryRecords(clock);
  const stored = new Map<string, Uint8Array>();
  const locks = new Map<string, ArchiveLock | undefined>();
  const archive: ArchiveStore = {
    async put(key, body, _contentType, lock) {
      stored.set(key, body);
      locks.set(key, lock);
      return { sha256: createHash('sha256').update(body).digest('hex'), size: body.byteLength };
    },
    downloadUrl: async (key) => key,
  };
  const files: FileStore = {
    uploadUrl: async (key) => key,
    downloadUrl: async (key) => key,
    head: async () => ({ size: SCAN.length }),
    read: async () => SCAN,
    put: async () => undefined,
  };
  const authorities: SigningAuthorities = {
    forService: async () => holders,
    put: async () => undefined,
    remove: async () => false,
  };
  const signer = localSigner();
  const { ledger, records: signatures } = memoryLedger();
  const employeeArchive = memoryArchive();
  const deps = {
    records,
    employees: memoryEmployees(Object.values(EMPLOYEES)),
    clock,
    settings,
    archive,
    // The content itself as the file: what issuance does with it is under test, not the drawing.
    renderer: { render: async (content: unknown) => Buffer.from(JSON.stringify(content)) },
    ids: sequentialIds('00000000-0000-4000-8000-0000000000'),
    verificationBaseUrl: 'https://layanan.example/api',
    authorities,
    files,
    signer,
    ledger,
    batches: { put: async () => undefined, get: async () => undefined },
    employeeArchive,
  };
  return { deps, stored, locks, signatures, signer, employeeArchive };
}

type Context = ReturnType<typeof setup>;

async function signedRequest(context: Context, signatureMode: 'ELECTRONIC' | 'WET' = 'ELECTRONIC') {
  const at = '2026-11-23T02:00:00.000Z';
  const request: ServiceRequest = {
    id: crypto.randomUUID(),
    serviceType: 'KGB',
    status: 'AWAITING_SIGNATURE',
    applicant: { nip: EMPLOYEES.siti.nip, name: EMPLOYEES.siti.name, unit: EMPLOYEES.siti.unit },
    createdBy: 'asn.lain',
    details: kgb.detailsExample,
    verified: VERIFIED_RAISE,
    createdAt: at,
    updatedAt: at,
    version: 1,
    plan: { validationTiers: ['SUPERVISOR', 'ADMINISTRATOR'], signatureMode, handoverMode: 'ELECTRONIC' },
    signature: {
      mode: signatureMode,
      signedBy: 'penandatangan',
      signedAt: at,
      signerName: 'Drs. Bambang Sutrisno, M.Si.',
      position: 'Kepala BKPSDM',
    },
    ...(signatureMode === 'WET' && {
      signedScan: {
        key: 'requests/scan',
        contentType: 'application/pdf',
        size: SCAN.length,
        uploadedBy: 'verifikator',
        registeredAt: at,
      },
    }),
  };
  await context.deps.records.create(request, {
    requestId: request.id,
    at,
    actor: { username: 'asn.lain', role: 'ASN' },
    action: 'CREATED',
  });
  return request.id;
}

describe('issuance', () => {
  it('numbers, signs and archives a document once, however often the step runs', async () => {
    const context = setup();
    const id = await signedRequest(context);
    const first = await issueDocument(context.deps, id);
    const again = await issueDocument(context.deps, id);
    expect(again).toEqual(first);
    expect(first.number).toBe('822/001/BKPSDM/2026');
    expect(context.stored.size).toBe(1);
    expect([...context.signatures.values()].map((record) => record.status)).toEqual(['SIGNED']);
    const entry = (await context.deps.employeeArchive.get(first.documentId)) as IssuedDocument;
    expect(entry).toMatchObject({ source: 'ISSUED', number: first.number, sha256: first.sha256 });
    const valid = await context.signer.verify(
      Buffer.from(entry.sha256, 'hex'),
      Buffer.from(entry.signature.value, 'base64'),
      entry.signature.keyId,
    );
    expect(valid).toBe(true);
  });

  it('gives documents of one series consecutive numbers', async () => {
    const context = setup();
    const numbers = [];
    for (const id of [await signedRequest(context), await signedRequest(context)]) {
      numbers.push((await issueDocument(context.deps, id)).number);
    }
    expect(numbers).toEqual(['822/001/BKPSDM/2026', '822/002/BKPSDM/2026']);
  });

  it('wet: numbers the print-ready copy, and issues the signed scan under the same id and number', async () => {
    const context = setup();
    const id = await signedRequest(context, 'WET');
    await prepareDraft(context.deps, id);
    const reserved = (await context.deps.records.get(id))?.issuance;
    const issued = await issueDocument(context.deps, id);
    expect(issued).toMatchObject({ documentId: reserved?.documentId, number: reserved?.number });
    expect(issued.sha256).toBe(createHash('sha256').update(SCAN).digest('hex'));
  });

  it('a rejection at signing gives the letter a number of its own series', async () => {
    const context = setup();
    const id = await signedRequest(context, 'WET');
    await prepareDraft(context.deps, id);
    const reserved = (await context.deps.records.get(id))?.issuance;
    const letter = await issueRejectionLetter(context.deps, id);
    const issuance = (await context.deps.records.get(id))?.issuance;
    expect(issuance).toMatchObject({ series: 'REJECTION', sequence: 1, documentId: letter.documentId });
    expect(letter.documentId).not.toBe(reserved?.documentId);
  });

  it('signs a rejection letter by the official who holds the service’s signing authority, never by the agency’s name', async () => {
    const context = setup();
    const id = await signedRequest(context);
    const letter = await issueRejectionLetter(context.deps, id);
    const entry = (await context.employeeArchive.get(letter.documentId)) as IssuedDocument;
    expect(entry.signature).toMatchObject({
      mode: 'ELECTRONIC',
      signer: { name: PRINCIPAL.name, nip: PRINCIPAL.nip, position: PRINCIPAL.position },
    });
    const printed = JSON.parse(Buffer.from(context.stored.values().next().value ?? []).toString());
    expect(printed.signature).toMatchObject({
      name: PRINCIPAL.name,
      nip: PRINCIPAL.nip,
      position: 'KEPALA BKPSDM',
    });
  });

  it('a rejection at signing is signed by the official who rejected, an acting one included', async () => {
    const acting: SigningAuthority = {
      ...PRINCIPAL,
      username: 'plh.sekretaris',
      name: 'Dra. Retno Wulandari',
      nip: '197205141998032003',
      acting: 'PLH',
      basis: 'Surat Perintah Plh. 800/5/2026',
    };
    const context = setup([PRINCIPAL, acting]);
    const id = await signedRequest(context);
    const rejected = (await context.deps.records.get(id)) as ServiceRequest;
    await context.deps.records.transition(
      rejected,
      {
        rejection: {
          reason: 'Masa kerja golongan keliru',
          stage: 'SIGNING',
          decidedBy: 'plh.sekretaris',
          decidedAt: rejected.createdAt,
          automatic: false,
        },
      },
      undefined,
    );
    const letter = await issueRejectionLetter(context.deps, id);
    const entry = (await context.employeeArchive.get(letter.documentId)) as IssuedDocument;
    expect(entry.signature.signer).toMatchObject({ name: 'Dra. Retno Wulandari', acting: 'PLH' });
  });

  it('issues no rejection letter while nobody holds the signing authority for the service', async () => {
    const context = setup([{ ...PRINCIPAL, validUntil: '2026-06-30' }]);
    const id = await signedRequest(context);
    await expect(issueRejectionLetter(context.deps, id)).rejects.toMatchObject({
      name: 'NoSigningAuthorityError',
      code: 'NO_SIGNING_AUTHORITY',
      message: expect.stringContaining('Pasal 11 ayat (2)'),
    });
    // No number is spent on a letter that waits.
    expect((await context.deps.records.get(id))?.issuance?.series).not.toBe('REJECTION');
  });

  it('locks issued documents for the years their type requires, and leaves drafts unlocked elsewhere', async () => {
    const context = setup();
    const id = await signedRequest(context, 'WET');
    await prepareDraft(context.deps, id);
    const issued = await issueDocument(context.deps, id);
    const draft = (await context.deps.records.get(id))?.draft;
    expect(draft?.key).toMatch(new RegExp(`^drafts/${id}/`));
    expect(context.locks.get(draft?.key ?? '')).toBeUndefined();
    const key = `documents/${id}/${issued.documentId}.pdf`;
    expect(context.locks.get(key)).toEqual({ mode: 'GOVERNANCE', until: new Date('2051-11-23T03:00:00Z') });
  });

  it('locks a rejection letter for its own retention, and a type without one for the default years', async () => {
    const context = setup();
    const id = await signedRequest(context, 'WET');
    const letter = await issueRejectionLetter(context.deps, id);
    expect(context.locks.get(`documents/${id}/${letter.documentId}.pdf`)?.until).toEqual(
      new Date('2031-11-23T03:00:00Z'),
    );
    expect(archiveLock(demo, 'KGB', new Date('2026-11-23T03:00:00Z')).until).toEqual(
      new Date('2036-11-23T03:00:00Z'),
    );
  });
});
