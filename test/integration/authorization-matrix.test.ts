import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type RouteName, routes } from '#app/api/routes';
import { apiClient } from '#kit/api';
import { type Answer, CALLERS, type Caller, MATRIX, routeOf } from '#kit/authorization-matrix';
import { freshTargets, PROBES, type Targets } from '#kit/authorization-probes';
import {
  completeDraft,
  completeKgbDraft,
  KGB_DETAILS,
  requestAwaitingVerification,
  SAMPLE_PDF,
} from '#kit/fixtures';
import { decide, waitingAt } from '#kit/workflow';
import { LOCAL_USERS } from '#local/users';

const api = apiClient(inject('stack').urls.api);

/** What the lead quotes in SECURITY.md. */
const tally = { cells: 0, bola: 0 };

afterAll(() => {
  console.info(
    `authorization matrix: ${tally.cells} route×caller cells tried ` +
      `(${Object.keys(MATRIX).length} rows × ${CALLERS.length} callers); BOLA: ${tally.bola} attempts`,
  );
});

type ErrorBody = { error?: { code: string } };

const nipOf = (username: string) =>
  LOCAL_USERS.find((user) => user.username === username)?.employee.nip ?? '';

function routeFor(key: string) {
  return routes[routeOf(key) as RouteName];
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^$()|[\]\\]/g, '\\$&');
}

/** Whether `path` (query aside) is one the route's path template serves. */
function serves(template: string, path: string): boolean {
  const source = escapeRegExp(template).replace(/\{[A-Za-z0-9_]+\}/g, '[^/]+');
  return new RegExp(`^${source}$`).test(path.split('?')[0] ?? path);
}

/** Why an answer contradicts its cell, or undefined when it agrees. */
function surprise(expected: Answer, caller: Caller, status: number, code: string | undefined) {
  if (expected === 'DENY') {
    const denied = caller === 'anonymous' ? 401 : 403;
    return status === denied
      ? undefined
      : `unexpected allow: expected ${denied}, got ${status} ${code ?? ''}`;
  }
  if (status === 401 || status === 403) return `unexpected deny: ${status} ${code ?? ''}`;
  if (status >= 500) return `server error ${status} ${code ?? ''}`;
  if (code === 'ROUTE_NOT_FOUND') return 'the probe hit no route';
  return undefined;
}

describe('the authorization matrix: every route × every role', () => {
  it('has a row and a probe for every route of the route table, and none for a route that is gone', () => {
    const missing = Object.keys(routes).filter((name) => !(name in MATRIX));
    const stale = Object.keys(MATRIX).filter((key) => !(routeOf(key) in routes));
    expect(missing, 'routes without a row in test/kit/authorization-matrix.ts').toEqual([]);
    expect(stale).toEqual([]);
    expect(Object.keys(PROBES).sort()).toEqual(Object.keys(MATRIX).sort());
  });

  it('probes, in each row, a path of the route the row names, with the scope the row names', () => {
    const targets = freshTargets();
    const astray = Object.keys(MATRIX).filter((key) => {
      const path = PROBES[key]?.(targets).path ?? '';
      const query = key.split('?')[1];
      return !serves(routeFor(key).path, path) || (query !== undefined && !path.includes(query));
    });
    expect(astray).toEqual([]);
  });

  it('plays each role with a seeded account that holds that role alone', () => {
    for (const [caller, username] of CALLERS) {
      if (!username) continue;
      expect(LOCAL_USERS.find((user) => user.username === username)?.roles).toEqual([caller]);
    }
  });

  it('answers every cell as the table says: no unexpected allow, no unexpected deny', async () => {
    const targets = freshTargets();
    const surprises: string[] = [];
    for (const [key, row] of Object.entries(MATRIX)) {
      const call = PROBES[key]?.(targets);
      if (!call) throw new Error(`no probe for ${key}`);
      await Promise.all(
        CALLERS.map(async ([caller, as], column) => {
          const response = await api.call<ErrorBody>(routeFor(key).method, call.path, {
            ...(as && { as }),
            ...(call.body !== undefined && { body: call.body }),
            ...(call.headers && { headers: call.headers }),
          });
          tally.cells += 1;
          const why = surprise(row[column] ?? 'DENY', caller, response.status, response.body.error?.code);
          if (why) surprises.push(`${key} as ${caller}: ${why}`);
        }),
      );
    }
    expect(surprises).toEqual([]);
  });
});

interface Attempt {
  readonly as: string;
  readonly method: string;
  readonly path: string;
  readonly body?: unknown;
  readonly headers?: Record<string, string>;
  readonly status: number;
  readonly code?: string;
}

/** Row `key`'s probe, pointed at real objects, as `as`, expecting `status` and `code`. */
function probe(key: string, targets: Targets, as: string, status: number, code?: string): Attempt {
  const call = PROBES[key]?.(targets);
  if (!call) throw new Error(`no probe for ${key}`);
  return {
    as,
    method: routeFor(key).method,
    path: call.path,
    body: call.body,
    ...(call.headers && { headers: call.headers }),
    status,
    ...(code && { code }),
  };
}

/** Makes every attempt and expects each refused as stated; lists all that were not. */
async function refused(attempts: readonly Attempt[]): Promise<void> {
  const surprises: string[] = [];
  for (const attempt of attempts) {
    const response = await api.call<ErrorBody>(attempt.method, attempt.path, {
      as: attempt.as,
      ...(attempt.body !== undefined && { body: attempt.body }),
      ...(attempt.headers && { headers: attempt.headers }),
    });
    tally.bola += 1;
    const code = response.body.error?.code;
    if (response.status !== attempt.status || (attempt.code && code !== attempt.code)) {
      surprises.push(
        `${attempt.as} ${attempt.method} ${attempt.path}: expected ${attempt.status} ${attempt.code ?? ''}, ` +
          `got ${response.status} ${code ?? ''}`,
      );
    }
  }
  expect(surprises).toEqual([]);
}

const statusOf = async (as: string, path: string) => (await api.get(path, { as })).status;

const LAIN = 'asn.lain'; // ASN of DINKES
const DEMO = 'asn.demo'; // ASN of DISKOMINFO
const UNIT_ADMIN = 'admin.unit'; // unit admin of DISKOMINFO

/** Steps on the applicant's side, each scoped to the request's applicant and their unit admin. */
const APPLICANT_STEPS = [
  'getRequest',
  'getHistory',
  'getDocument',
  'addDocument',
  'submitRequest',
  'resubmitRequest',
  'requestExtension',
  'getOutput',
];

const putPdf = (url: string) =>
  fetch(url, { method: 'PUT', headers: { 'content-type': 'application/pdf' }, body: SAMPLE_PDF });

const pdf = { contentType: 'application/pdf', size: SAMPLE_PDF.length };

/** A personnel document `as` adds to their own archive, uploaded and stored. */
async function storedPersonalDocument(as: string): Promise<string> {
  const added = await api.post<{ documentId: string; uploadUrl: string }>('/archive', {
    as,
    body: { title: 'Ijazah S1 Keperawatan', fileName: 'ijazah.pdf', ...pdf },
  });
  await putPdf(added.body.uploadUrl);
  expect((await api.post(`/archive/${added.body.documentId}/confirmation`, { as })).status).toBe(200);
  return added.body.documentId;
}

/** A complaint `as` files, with its attachment uploaded. */
async function complaintWithAttachment(as: string): Promise<string> {
  const filed = await api.post<{ id: string; uploadUrl: string }>('/complaints', {
    as,
    body: {
      category: 'SISTEM',
      text: 'Halaman unggah dokumen lambat sekali dibuka.',
      attachment: { fileName: 'layar.pdf', ...pdf },
    },
  });
  await putPdf(filed.body.uploadUrl);
  return filed.body.id;
}

describe('BOLA: real objects, other owners, other units, other stages', () => {
  /** Siti's (asn.lain, DINKES) draft with its documents, archived document and complaint. */
  let siti: Targets;
  /** Budi's (asn.demo, DISKOMINFO) draft, and a request of his submitted. */
  let budisRequest: string;
  let budisSubmitted: string;

  beforeAll(async () => {
    const draft = await completeKgbDraft(api, LAIN);
    const documents = await api.get<{ documents: Array<{ id: string }> }>(`/requests/${draft.id}`, {
      as: LAIN,
    });
    siti = {
      request: draft.id,
      requestDocument: documents.body.documents[0]?.id ?? '',
      archived: await storedPersonalDocument(LAIN),
      complaint: await complaintWithAttachment(LAIN),
      nip: nipOf(LAIN),
      account: LAIN,
    };
    const budi = await api.post<{ id: string }>('/requests', {
      as: DEMO,
      body: {
        serviceType: 'SURAT_KETERANGAN',
        details: {
          letterType: 'AKTIF_BEKERJA',
          purpose: 'Persyaratan beasiswa anak',
          addressedTo: 'Panitia Beasiswa',
        },
      },
    });
    budisRequest = budi.body.id;
    const submitted = await completeDraft(api, DEMO, 'SURAT_KETERANGAN', {
      letterType: 'AKTIF_BEKERJA',
      purpose: 'Persyaratan beasiswa anak',
      addressedTo: 'Panitia Beasiswa',
    });
    expect((await api.post(`/requests/${submitted.id}/submit`, { as: DEMO })).status).toBe(200);
    budisSubmitted = submitted.id;
  });

  it('shows the objects to their owners and the staff who may see them (the controls)', async () => {
    expect(await statusOf(LAIN, `/requests/${siti.request}`)).toBe(200);
    expect(await statusOf(LAIN, `/requests/${siti.request}/documents/${siti.requestDocument}`)).toBe(200);
    expect(await statusOf(UNIT_ADMIN, `/requests/${budisSubmitted}`)).toBe(200);
    expect(await statusOf('verifikator', `/requests/${budisSubmitted}`)).toBe(200);
    expect(await statusOf(LAIN, `/archive/${siti.archived}`)).toBe(200);
    expect(await statusOf('verifikator', `/archive/${siti.archived}`)).toBe(200);
    expect(await statusOf('auditor', `/archive/${siti.archived}`)).toBe(200);
    expect(await statusOf(UNIT_ADMIN, `/archive?nip=${nipOf(DEMO)}`)).toBe(200);
    expect(await statusOf(LAIN, `/complaints/${siti.complaint}`)).toBe(200);
    expect(await statusOf(LAIN, `/complaints/${siti.complaint}/attachment`)).toBe(200);
    expect(await statusOf('admin.bkpsdm', `/complaints/${siti.complaint}`)).toBe(200);
    expect(await statusOf('auditor', `/complaints/${siti.complaint}`)).toBe(200);
    expect(await statusOf(UNIT_ADMIN, `/employees/${nipOf(DEMO)}`)).toBe(200);
    // The owner gets past the ownership check to the state check: a stranger must not.
    const own = await api.post<ErrorBody>(`/requests/${siti.request}/extension`, {
      as: LAIN,
      body: { reason: 'Berkas masih diurus.', days: 3 },
    });
    expect(own.status).toBe(409);
  });

  it('hides an ASN’s request from another ASN: 404 on every read and step, as if it did not exist', async () => {
    await refused([
      ...[...APPLICANT_STEPS, 'answerSurvey'].map((key) => probe(key, siti, DEMO, 404, 'REQUEST_NOT_FOUND')),
      {
        as: DEMO,
        method: 'POST',
        path: '/complaints',
        body: { category: 'LAYANAN', text: 'Permohonan ini lambat diproses.', requestId: siti.request },
        status: 404,
        code: 'REQUEST_NOT_FOUND',
      },
    ]);
  });

  it('keeps a draft never submitted, and its documents, to its applicant and its filer', async () => {
    const readers = [UNIT_ADMIN, 'verifikator', 'pengawas', 'administrator', 'penandatangan'];
    await refused([
      ...readers.flatMap((as) => [
        { as, method: 'GET', path: `/requests/${siti.request}`, status: 404, code: 'REQUEST_NOT_FOUND' },
        probe('getDocument', siti, as, 404, 'REQUEST_NOT_FOUND'),
        probe('getHistory', siti, as, 404, 'REQUEST_NOT_FOUND'),
      ]),
      // Budi's own unit admin did not file his draft either.
      {
        as: UNIT_ADMIN,
        method: 'GET',
        path: `/requests/${budisRequest}`,
        status: 404,
        code: 'REQUEST_NOT_FOUND',
      },
    ]);
    for (const as of ['verifikator', 'pengawas', 'administrator', 'penandatangan']) {
      const all = await api.get<{ items: Array<{ id: string; status: string }> }>(
        '/requests?scope=all&limit=100',
        {
          as,
        },
      );
      tally.bola += 1;
      expect(all.body.items.filter((item) => item.status === 'DRAFT')).toEqual([]);
    }
    const unit = await api.get<{ items: Array<{ id: string }> }>('/requests?scope=unit&limit=100', {
      as: UNIT_ADMIN,
    });
    tally.bola += 1;
    expect(unit.body.items.map((item) => item.id)).not.toContain(budisRequest);
    expect(await statusOf('auditor', `/requests/${siti.request}`)).toBe(200);
  });

  it('hides a request of another unit’s employee from a unit admin, and will not file for them', async () => {
    await refused([
      ...APPLICANT_STEPS.map((key) => probe(key, siti, UNIT_ADMIN, 404, 'REQUEST_NOT_FOUND')),
      {
        as: UNIT_ADMIN,
        method: 'POST',
        path: '/requests',
        body: { serviceType: 'KGB', details: KGB_DETAILS, applicantNip: siti.nip },
        status: 404,
        code: 'EMPLOYEE_NOT_FOUND',
      },
      // An ASN files for themselves only: refused before anyone is looked up, so nothing leaks.
      {
        as: DEMO,
        method: 'POST',
        path: '/requests',
        body: { serviceType: 'KGB', details: KGB_DETAILS, applicantNip: siti.nip },
        status: 403,
        code: 'NOT_OWN_REQUEST',
      },
    ]);
  });

  it('keeps an employee’s archive from other ASN, other units’ admins and agency admins', async () => {
    const attempts = [DEMO, UNIT_ADMIN, 'admin.bkpsdm'].flatMap((as) => [
      probe('getArchivedDocument', siti, as, 404, 'ARCHIVE_DOCUMENT_NOT_FOUND'),
      probe('storePersonalDocument', siti, as, 404, 'ARCHIVE_DOCUMENT_NOT_FOUND'),
      { as, method: 'GET', path: `/archive?nip=${siti.nip}`, status: 404, code: 'EMPLOYEE_NOT_FOUND' },
    ]);
    await refused([
      ...attempts,
      probe('addPersonalDocument', siti, DEMO, 404, 'EMPLOYEE_NOT_FOUND'),
      probe('addPersonalDocument', siti, UNIT_ADMIN, 404, 'EMPLOYEE_NOT_FOUND'),
      {
        as: DEMO,
        method: 'POST',
        path: `/requests/${budisRequest}/documents`,
        body: { requirementCode: 'SK_TERAKHIR', archiveDocumentId: siti.archived },
        status: 404,
        code: 'ARCHIVE_DOCUMENT_NOT_FOUND',
      },
    ]);
  });

  it('keeps a complaint from everyone but the complainant, the handlers and auditors', async () => {
    await refused([
      ...[DEMO, UNIT_ADMIN, 'verifikator', 'penandatangan'].flatMap((as) => [
        probe('getComplaint', siti, as, 404, 'COMPLAINT_NOT_FOUND'),
        probe('getComplaintAttachment', siti, as, 404, 'COMPLAINT_NOT_FOUND'),
        probe('moveComplaint', siti, as, 404, 'COMPLAINT_NOT_FOUND'),
      ]),
    ]);
  });

  it('shows an ASN only their own master data, and a unit admin only their unit’s', async () => {
    await refused([
      { as: DEMO, method: 'GET', path: `/employees/${siti.nip}`, status: 404, code: 'EMPLOYEE_NOT_FOUND' },
      {
        as: DEMO,
        method: 'GET',
        path: `/employees/${nipOf(UNIT_ADMIN)}`,
        status: 404,
        code: 'EMPLOYEE_NOT_FOUND',
      },
      {
        as: UNIT_ADMIN,
        method: 'GET',
        path: `/employees/${siti.nip}`,
        status: 404,
        code: 'EMPLOYEE_NOT_FOUND',
      },
    ]);
  });

  it('lists nothing of others: an ASN’s requests are theirs, a unit admin’s their unit’s', async () => {
    const mine = await api.get<{ items: Array<{ id: string; applicant: { nip: string } }> }>(
      '/requests?limit=100',
      {
        as: DEMO,
      },
    );
    const unit = await api.get<{ items: Array<{ id: string; applicant: { unit: string } }> }>(
      '/requests?scope=unit&limit=100',
      { as: UNIT_ADMIN },
    );
    const complaints = await api.get<{ items: Array<{ id: string }> }>('/complaints?limit=100', { as: DEMO });
    tally.bola += 3;
    expect(mine.body.items.filter((item) => item.applicant.nip !== nipOf(DEMO))).toEqual([]);
    expect(unit.body.items.filter((item) => item.applicant.unit !== 'DISKOMINFO')).toEqual([]);
    expect(complaints.body.items.map((item) => item.id)).not.toContain(siti.complaint);
  });

  it('lets no official decide or take a request outside their stage: 404 before it reached theirs, 403 for another role’s stage, 409 for another moment', async () => {
    const { id } = await requestAwaitingVerification(api);
    const at = { ...siti, request: id };
    const decision = (as: string, stage: string, outcome: string, status: number, code: string): Attempt => ({
      as,
      method: 'POST',
      path: `/requests/${id}/decisions`,
      body: { stage, outcome },
      status,
      code,
    });
    await waitingAt(api, id, 'VERIFICATION');
    await refused([
      decision('pengawas', 'VERIFICATION', 'ACCEPT', 403, 'ROLE_NOT_ALLOWED'),
      decision('pengawas', 'SUPERVISOR_VALIDATION', 'APPROVE', 409, 'STAGE_MISMATCH'),
      // Officials see requests at the stages they act on: not before the request reached theirs.
      decision('penandatangan', 'VERIFICATION', 'ACCEPT', 404, 'REQUEST_NOT_FOUND'),
      decision('administrator', 'ADMINISTRATOR_VALIDATION', 'APPROVE', 404, 'REQUEST_NOT_FOUND'),
      decision('penandatangan', 'SIGNING', 'SIGN', 404, 'REQUEST_NOT_FOUND'),
      probe('claimRequest', at, 'pengawas', 403, 'ROLE_NOT_ALLOWED'),
      probe('claimRequest', at, 'administrator', 404, 'REQUEST_NOT_FOUND'),
      probe('claimRequest', at, 'penandatangan', 404, 'REQUEST_NOT_FOUND'),
      probe('registerSignedScan', at, 'penandatangan', 404, 'REQUEST_NOT_FOUND'),
      probe('getRequest', at, 'administrator', 404, 'REQUEST_NOT_FOUND'),
      probe('recordHandover', at, 'verifikator', 409, 'NOT_READY_FOR_HANDOVER'),
      probe('decideExtension', at, 'verifikator', 409, 'NOT_DEFICIENT'),
      probe('signBatch', at, 'penandatangan', 409, 'NOTHING_TO_SIGN'),
    ]);

    expect((await decide(api, id, 'VERIFICATION', 'ACCEPT')).status).toBe(200);
    await waitingAt(api, id, 'SUPERVISOR_VALIDATION');
    const documents = await api.get<{ documents: Array<{ id: string }> }>(`/requests/${id}`, {
      as: 'verifikator',
    });
    await refused([
      decision('verifikator', 'VERIFICATION', 'ACCEPT', 409, 'STAGE_MISMATCH'),
      decision('administrator', 'ADMINISTRATOR_VALIDATION', 'APPROVE', 404, 'REQUEST_NOT_FOUND'),
      probe('claimRequest', at, 'verifikator', 403, 'ROLE_NOT_ALLOWED'),
      probe(
        'markDocument',
        { ...at, requestDocument: documents.body.documents[0]?.id ?? '' },
        'verifikator',
        409,
        'NOT_IN_VERIFICATION',
      ),
    ]);
  });

  it('lets no one but the agency admin manage a real account', async () => {
    const managing = Object.keys(MATRIX).filter((key) => routeFor(key).path.startsWith('/accounts'));
    expect(managing).not.toEqual([]);
    await refused(
      CALLERS.flatMap(([caller, as]) =>
        as && caller !== 'AGENCY_ADMIN' ? managing.map((key) => probe(key, siti, as, 403)) : [],
      ),
    );
  });

  it('refuses the auditor every change, with 403, on real objects, and the objects stay as they were', async () => {
    const before = await api.get<{ version: number; status: string }>(`/requests/${siti.request}`, {
      as: 'auditor',
    });
    const writes = Object.entries(routes)
      .filter(([, route]) => route.method !== 'GET' && route.auth !== 'public')
      .map(([name]) => probe(name, siti, 'auditor', 403));
    await refused(writes);
    const after = await api.get<{ version: number; status: string }>(`/requests/${siti.request}`, {
      as: 'auditor',
    });
    expect(after.body).toMatchObject({ version: before.body.version, status: 'DRAFT' });
  });
});
