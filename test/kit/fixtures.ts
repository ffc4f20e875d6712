import { kgb } from '#domain/catalog/kgb';
import type { ApiClient } from './api';

/** A minimal well-formed PDF, so uploads carry real PDF bytes. */
export const SAMPLE_PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);

export const KGB_DETAILS = kgb.detailsExample;

/**
 * The seeded ASN due for a periodic raise now: Siti's last KGB took effect in December 2024
 * (her master data agrees with the example details), while Budi's next one is not due before 2027.
 */
export const KGB_APPLICANT = 'asn.lain';

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

/** A KGB draft by `as` with every required document uploaded. */
export async function completeKgbDraft(
  api: ApiClient,
  as = 'asn.demo',
  extra: Record<string, unknown> = {},
): Promise<Created> {
  const created = await api.post<Created>('/requests', {
    as,
    body: { serviceType: 'KGB', details: KGB_DETAILS, ...extra },
  });
  if (created.status !== 201) throw new Error(`request not created: ${JSON.stringify(created.body)}`);
  for (const requirement of kgb.requirements.filter((item) => item.required)) {
    await uploadDocument(api, as, created.body.id, requirement.code);
  }
  return created.body;
}

/** A submitted KGB request whose verification task is open and decidable. */
export async function requestAwaitingVerification(api: ApiClient, as = KGB_APPLICANT): Promise<Created> {
  const draft = await completeKgbDraft(api, as);
  const submitted = await api.post<Created>(`/requests/${draft.id}/submit`, { as });
  if (submitted.status !== 200) throw new Error(`not submitted: ${JSON.stringify(submitted.body)}`);
  return draft;
}
