import { kgb } from '#catalog/domain/kgb';
import type { Employee } from '#employees/domain/employee';
import { resolveRules } from '#employees/domain/rules';
import { salaryTables } from '#employees/domain/salary';
import type { ApiClient } from './api';
import { freshApplicant } from './applicants';

/** A minimal well-formed PDF, so uploads carry real PDF bytes. */
export const SAMPLE_PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);

export const KGB_DETAILS = kgb.detailsExample;

/**
 * The new base salary a verifier types when accepting a KGB request whose row the demo agency's
 * salary table lacks (it has none): a round test input, not a figure of the table.
 */
export const VERIFIED_SALARY = 4_000_000;

/** Siti as the KGB rules read her: III/c, her last raise on 1 December 2024 (the example's). */
export const KGB_EMPLOYEE: Employee = {
  nip: '198807222012122001',
  name: 'Siti Rahmawati, S.Kep.',
  employeeType: 'PNS',
  unit: 'DINKES',
  unitName: 'Dinas Kesehatan',
  rank: { code: 'III/c', tmt: '2020-04-01' },
  lastSalaryRaiseTmt: '2024-12-01',
};

/**
 * What accepting Siti's KGB example fixes (the raise a KGB letter states), computed by the
 * catalog's own rule: for requests a test builds already verified.
 */
export const VERIFIED_RAISE = kgb.accept({
  details: kgb.details.parse(kgb.detailsExample),
  employee: KGB_EMPLOYEE,
  rules: resolveRules(),
  tables: salaryTables([]),
  entered: { newBaseSalary: VERIFIED_SALARY },
  verifier: 'verifikator',
});

interface Created {
  readonly id: string;
  readonly status: string;
}

/** A file to upload: its bytes, the name and type it is registered under, and the type the PUT claims. */
export interface UploadedFile {
  readonly bytes: Buffer;
  readonly fileName: string;
  readonly contentType: string;
  /** The Content-Type header of the PUT to S3 (default: contentType). */
  readonly putType?: string;
}

/** Registers a document for a requirement and uploads `file` (the sample PDF by default) to its presigned URL. */
export async function uploadDocument(
  api: ApiClient,
  as: string,
  requestId: string,
  requirementCode: string,
  file: UploadedFile = {
    bytes: SAMPLE_PDF,
    fileName: `${requirementCode}.pdf`,
    contentType: 'application/pdf',
  },
) {
  const registered = await api.post<{ documentId: string; uploadUrl: string }>(
    `/requests/${requestId}/documents`,
    {
      as,
      body: {
        requirementCode,
        fileName: file.fileName,
        contentType: file.contentType,
        size: file.bytes.length,
      },
    },
  );
  if (registered.status !== 201)
    throw new Error(`document not registered: ${JSON.stringify(registered.body)}`);
  const upload = await fetch(registered.body.uploadUrl, {
    method: 'PUT',
    headers: { 'content-type': file.putType ?? file.contentType },
    body: file.bytes,
  });
  if (upload.status !== 200) throw new Error(`upload failed: ${upload.status}`);
  return registered.body;
}

/**
 * A personnel document `as` adds to their own archive (POST /archive): the sample PDF uploaded
 * to its presigned URL and the upload confirmed, so the document is stored in the archive bucket.
 */
export async function storePersonalDocument(
  api: ApiClient,
  as: string,
  document: { readonly title: string; readonly requirementCode?: string; readonly fileName?: string },
) {
  const added = await api.post<{ documentId: string; uploadUrl: string }>('/archive', {
    as,
    body: {
      fileName: 'dokumen.pdf',
      ...document,
      contentType: 'application/pdf',
      size: SAMPLE_PDF.length,
    },
  });
  if (added.status !== 201) throw new Error(`document not added: ${JSON.stringify(added.body)}`);
  await fetch(added.body.uploadUrl, {
    method: 'PUT',
    headers: { 'content-type': 'application/pdf' },
    body: SAMPLE_PDF,
  });
  return api.post<{ documentId: string; status: string }>(`/archive/${added.body.documentId}/confirmation`, {
    as,
  });
}

/** A draft of `serviceType` by `as` with every required document uploaded (requirements as the catalog publishes them). */
export async function completeDraft(
  api: ApiClient,
  as: string,
  serviceType: string,
  details: object,
  extra: Record<string, unknown> = {},
): Promise<Created> {
  const created = await api.post<Created>('/requests', { as, body: { serviceType, details, ...extra } });
  if (created.status !== 201) throw new Error(`request not created: ${JSON.stringify(created.body)}`);
  const service = await api.get<{ requirements: Array<{ code: string; required: boolean }> }>(
    `/services/${serviceType}`,
  );
  for (const requirement of service.body.requirements.filter((item) => item.required)) {
    await uploadDocument(api, as, created.body.id, requirement.code);
  }
  return created.body;
}

/** A KGB draft by `as` with every required document uploaded. */
export function completeKgbDraft(
  api: ApiClient,
  as = 'asn.demo',
  extra: Record<string, unknown> = {},
): Promise<Created> {
  return completeDraft(api, as, 'KGB', KGB_DETAILS, extra);
}

/**
 * A submitted KGB request, by a new applicant unless `as` names one (KGB is one open request per
 * employee at a time), with its applicant's username.
 */
export async function requestAwaitingVerification(
  api: ApiClient,
  as?: string,
): Promise<Created & { readonly applicant: string }> {
  const applicant = as ?? (await freshApplicant(api)).username;
  const draft = await completeKgbDraft(api, applicant);
  const submitted = await api.post<Created>(`/requests/${draft.id}/submit`, { as: applicant });
  if (submitted.status !== 200) throw new Error(`not submitted: ${JSON.stringify(submitted.body)}`);
  return { ...draft, applicant };
}
