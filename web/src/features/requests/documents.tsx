import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary, problemFrom } from '../../components/error-summary';
import { Button, FileField } from '../../components/form';
import { Progress, Tag } from '../../components/page-parts';
import { ApiError, api, data, sniffType, uploadFile } from '../../lib/api';
import { bytes } from '../../lib/format';
import type { RequestDetail } from './use-request';

const MAX_MEGABYTES = 10;

interface Requirement {
  readonly code: string;
  readonly name: string;
  readonly required: boolean;
  readonly fromArchive: boolean;
}

/** The latest document registered for each requirement: the one that counts. */
export function currentDocuments(request: RequestDetail) {
  const current = new Map<string, RequestDetail['documents'][number]>();
  for (const document of [...request.documents].sort((a, b) => a.createdAt.localeCompare(b.createdAt))) {
    current.set(document.requirementCode, document);
  }
  return current;
}

/**
 * The applicant's uploads: a file per requirement, checked here by content and size before it
 * goes (the API checks again), sent straight to storage with a progress bar; or a document of
 * the archive reused.
 */
export function ApplicantDocuments({
  request,
  requirements,
  editable,
  onChanged,
}: {
  readonly request: RequestDetail;
  readonly requirements: readonly Requirement[];
  /** The requirement codes that may be (re)uploaded now. */
  readonly editable: ReadonlySet<string>;
  readonly onChanged: () => void;
}) {
  const { t } = useTranslation();
  const [files, setFiles] = useState<Record<string, File | undefined>>({});
  const [progress, setProgress] = useState<Record<string, number>>({});
  const [errors, setErrors] = useState<Record<string, string>>({});
  const current = currentDocuments(request);
  const archive = useQuery({
    queryKey: ['archive', request.applicant.nip],
    queryFn: () =>
      data(api().GET('/archive', { params: { query: { limit: 100, nip: request.applicant.nip } } })),
    enabled: editable.size > 0,
  });

  const fail = (code: string, message: string) => setErrors((all) => ({ ...all, [code]: message }));

  const upload = async (requirement: Requirement) => {
    const file = files[requirement.code];
    setErrors(({ [requirement.code]: _dropped, ...rest }) => rest);
    if (!file) return fail(requirement.code, `${requirement.name}: ${t('form.required')}`);
    const contentType = await sniffType(file);
    if (!contentType) return fail(requirement.code, `${requirement.name}: ${t('request.wrongType')}`);
    if (file.size > MAX_MEGABYTES * 1_048_576)
      return fail(requirement.code, `${requirement.name}: ${t('request.tooLarge', { max: MAX_MEGABYTES })}`);
    try {
      setProgress((all) => ({ ...all, [requirement.code]: 0 }));
      const registered = await data(
        api().POST('/requests/{id}/documents', {
          params: { path: { id: request.id } },
          body: { requirementCode: requirement.code, fileName: file.name, contentType, size: file.size },
        }),
      );
      if (!('uploadUrl' in registered))
        throw new ApiError(500, 'NO_UPLOAD_URL', 'Alamat unggah tidak diberikan.');
      await uploadFile(registered.uploadUrl, file, registered.uploadHeaders, (fraction) =>
        setProgress((all) => ({ ...all, [requirement.code]: fraction })),
      );
      setFiles((all) => ({ ...all, [requirement.code]: undefined }));
      onChanged();
    } catch (error) {
      fail(requirement.code, problemFrom(error).message);
    } finally {
      setProgress(({ [requirement.code]: _done, ...rest }) => rest);
    }
  };

  const reuse = async (requirement: Requirement, archiveDocumentId: string) => {
    try {
      await data(
        api().POST('/requests/{id}/documents', {
          params: { path: { id: request.id } },
          body: { requirementCode: requirement.code, archiveDocumentId },
        }),
      );
      onChanged();
    } catch (error) {
      fail(requirement.code, problemFrom(error).message);
    }
  };

  const problems = Object.entries(errors).map(([code, message]) => ({ message, fieldId: `upload-${code}` }));
  return (
    <section aria-labelledby="documents-heading">
      <ErrorSummary problems={problems} />
      <h2 className="govuk-heading-m" id="documents-heading">
        {t('request.documents')}
      </h2>
      {editable.size > 0 && (
        <p className="govuk-body">{t('request.documentsLead', { max: MAX_MEGABYTES })}</p>
      )}
      <ul className="requirement-list">
        {requirements.map((requirement) => {
          const document = current.get(requirement.code);
          const deficiency = request.deficiency?.items.find(
            (item) => item.requirementCode === requirement.code,
          );
          const fromArchive = (archive.data?.items ?? []).filter(
            (item) =>
              item.requirementCode === requirement.code &&
              (item.source === 'ISSUED' || item.status === 'STORED'),
          );
          const canEdit = editable.has(requirement.code);
          const sending = progress[requirement.code];
          return (
            <li key={requirement.code} className="requirement-list__item">
              <h3 className="govuk-heading-s govuk-!-margin-bottom-1">
                {requirement.name}
                {!requirement.required && <span className="field-optional"> {t('services.optional')}</span>}
              </h3>
              {document ? (
                <p className="govuk-body-s govuk-!-margin-bottom-2">
                  <Tag colour={document.archiveDocumentId ? 'turquoise' : 'green'}>
                    {document.archiveDocumentId ? t('request.fromArchiveDone') : t('request.uploaded')}
                  </Tag>{' '}
                  {document.fileName} ({bytes(document.size)})
                </p>
              ) : (
                <p className="govuk-body-s govuk-!-margin-bottom-2">
                  <Tag colour="grey">{t('request.awaiting')}</Tag>
                </p>
              )}
              {deficiency && (
                <p className="govuk-body-s deficiency-reason">
                  <strong>{t('request.deficientTitle')}:</strong> {deficiency.reason}
                </p>
              )}
              {canEdit && (
                <div className="upload-row">
                  <FileField
                    id={`upload-${requirement.code}`}
                    label={
                      document ? t('request.replace') : t('request.chooseFile', { name: requirement.name })
                    }
                    error={errors[requirement.code]}
                    onChange={(file) => setFiles((all) => ({ ...all, [requirement.code]: file }))}
                  />
                  {sending !== undefined ? (
                    <Progress label={t('request.uploading', { name: requirement.name })} value={sending} />
                  ) : (
                    <div className="govuk-button-group">
                      <Button variant="secondary" onClick={() => void upload(requirement)}>
                        {t('request.upload')}
                        <span className="govuk-visually-hidden"> {requirement.name}</span>
                      </Button>
                      {requirement.fromArchive &&
                        fromArchive.slice(0, 1).map((item) => (
                          <Button
                            key={item.documentId}
                            variant="secondary"
                            onClick={() => void reuse(requirement, item.documentId)}
                          >
                            {t('request.fromArchive')}
                            <span className="govuk-visually-hidden">: {item.title}</span>
                          </Button>
                        ))}
                    </div>
                  )}
                </div>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
