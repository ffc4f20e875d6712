import { kgb } from '#domain/catalog/kgb';
import type { ApiClient } from './api';
import { freshApplicant } from './applicants';

/** A minimal well-formed PDF, so uploads carry real PDF bytes. */
export const SAMPLE_PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);

export const KGB_DETAILS = kgb.detailsExample;

interface Created {
  readonly id: string;
  readonly status: string;
}

/** Registers a document for a requirement and uploads the sample PDF to its presigned URL. */
export async function uploadDocument(api: ApiClient, as: string, requestId: string, requirementCode: string) {
  const registered = await api.post<{ documentId: string; uploadUrl: string }>(
    `/requests/${requestId}/documents`,
    {
      as,
      body: {
        requirementCode,
        fileName: `${requirementCode}.pdf`,
        contentType: 'application/pdf',
        size: SAMPLE_PDF.length,
      },
    },
  );
  if (registered.status !== 201)
    throw new Error(`document not registered: ${JSON.stringify(registered.body)}`);
  const upload = await fetch(registered.body.uploadUrl, {
    method: 'PUT',
    headers: { 'content-type': 'application/pdf' },
    body: SAMPLE_PDF,
  });
  if (upload.status !== 200) throw new Error(`upload failed: ${upload.status}`);
  return registered.body;
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
