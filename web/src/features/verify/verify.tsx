import { useMutation, useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { ErrorSummary, type Problem } from '../../components/error-summary';
import { Button, FileField, TextField } from '../../components/form';
import { Failed, Loading, PageHeading, Progress, Tag } from '../../components/page-parts';
import { ApiError, api, data, type Schemas, sniffType, uploadFile } from '../../lib/api';
import { dateTime } from '../../lib/format';

/** The largest file the API takes in its body; a larger copy goes to storage by a presigned URL. */
const IN_BODY_BYTES = 4 * 1_048_576;

function Verdict({ verification }: { readonly verification: Schemas['Verification'] }) {
  const { t } = useTranslation();
  const document = verification.document;
  const colour =
    verification.status === 'VALID' ? 'green' : verification.status === 'UNKNOWN' ? 'grey' : 'red';
  return (
    <section className="action-panel" aria-labelledby="verdict" aria-live="polite">
      <h2 className="govuk-heading-m" id="verdict">
        <Tag colour={colour}>{verification.statusLabel}</Tag>
      </h2>
      {!document ? (
        <p className="govuk-body">{t('verify.unknown')}</p>
      ) : (
        <dl className="govuk-summary-list">
          {[
            [t('verify.number'), document.number],
            [t('verify.document'), document.title],
            [t('verify.service'), document.serviceName],
            [t('verify.issuedAt'), dateTime(document.issuedAt)],
            [t('verify.signer'), document.signer.name],
            [
              t('verify.position'),
              `${document.signer.acting ? `${document.signer.acting === 'PLT' ? 'Plt.' : 'Plh.'} ` : ''}${document.signer.position}`,
            ],
            [
              t('verify.signature'),
              document.signature.valid ? t('verify.signatureValid') : t('verify.signatureInvalid'),
            ],
            ['SHA-256', document.sha256],
            ...(document.revocation
              ? [
                  [t('verify.revokedAt'), dateTime(document.revocation.at)],
                  [t('verify.reason'), document.revocation.reason],
                ]
              : []),
          ].map(([key, value]) => (
            <div className="govuk-summary-list__row" key={key}>
              <dt className="govuk-summary-list__key">{key}</dt>
              <dd className="govuk-summary-list__value hash">{value}</dd>
            </div>
          ))}
        </dl>
      )}
    </section>
  );
}

/** The public verification page: by the QR code's link or code, or by uploading a copy. No sign-in. */
export default function Verify() {
  const { t } = useTranslation();
  const { documentId } = useParams();
  const navigate = useNavigate();
  const [code, setCode] = useState(documentId ?? '');
  const [file, setFile] = useState<File>();
  const [problems, setProblems] = useState<Problem[]>([]);
  const [progress, setProgress] = useState<number>();
  const verification = useQuery({
    queryKey: ['verify', documentId],
    // JSON for a program (the same route answers a page to a browser that asks for text/html).
    queryFn: async () =>
      (await data(
        api().GET('/verify/{documentId}', { params: { path: { documentId: documentId ?? '' } } }),
      )) as Schemas['Verification'],
    enabled: documentId !== undefined,
  });
  const byFile = useMutation({
    mutationFn: async (copy: File) => {
      const contentType = await sniffType(copy);
      if (!contentType) throw new ApiError(400, 'TYPE', t('request.wrongType'));
      if (copy.size <= IN_BODY_BYTES) {
        return data(
          api().POST('/verify', {
            body: copy as never,
            bodySerializer: (body: unknown) => body as Blob,
            headers: { 'content-type': contentType },
          }),
        );
      }
      // A large scan: upload it with progress, then ask for the verdict on what was uploaded.
      const registered = await data(
        api().POST('/verify/uploads', { body: { contentType, size: copy.size } }),
      );
      setProgress(0);
      await uploadFile(registered.uploadUrl, copy, { 'content-type': contentType }, setProgress);
      return data(
        api().GET('/verify/uploads/{uploadId}', { params: { path: { uploadId: registered.uploadId } } }),
      );
    },
    onSettled: () => setProgress(undefined),
    onError: (error) => setProblems([{ message: (error as Error).message, fieldId: 'verify-file' }]),
  });
  const checkCode = (event: FormEvent) => {
    event.preventDefault();
    if (!/^[0-9a-f-]{36}$/i.test(code.trim())) {
      return setProblems([
        { message: `${t('verify.code')}: ${t('verify.codeHint')}`, fieldId: 'verify-code' },
      ]);
    }
    setProblems([]);
    navigate(`/verifikasi/${code.trim()}`);
  };
  const checkFile = (event: FormEvent) => {
    event.preventDefault();
    if (!file)
      return setProblems([{ message: `${t('verify.file')}: ${t('form.required')}`, fieldId: 'verify-file' }]);
    setProblems([]);
    byFile.mutate(file);
  };
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <ErrorSummary problems={problems} />
        <PageHeading>{t('verify.title')}</PageHeading>
        <p className="govuk-body">{t('verify.lead')}</p>
        {documentId &&
          (verification.isPending ? (
            <Loading />
          ) : verification.isError ? (
            <Failed error={verification.error} />
          ) : (
            <Verdict verification={verification.data} />
          ))}
        {byFile.data && (
          <>
            <p className="govuk-inset-text">
              {byFile.data.match ? t('verify.match') : t('verify.noMatch', { sha: byFile.data.sha256 })}
            </p>
            {byFile.data.verification && <Verdict verification={byFile.data.verification} />}
          </>
        )}
        <form onSubmit={checkCode} noValidate>
          <TextField
            id="verify-code"
            label={t('verify.code')}
            hint={t('verify.codeHint')}
            value={code}
            error={problems.find((problem) => problem.fieldId === 'verify-code')?.message}
            onChange={setCode}
          />
          <Button type="submit">{t('verify.check')}</Button>
        </form>
        <form onSubmit={checkFile} noValidate>
          <FileField
            id="verify-file"
            label={t('verify.file')}
            error={problems.find((problem) => problem.fieldId === 'verify-file')?.message}
            hint={t('verify.fileHint')}
            onChange={setFile}
          />
          {progress !== undefined && <Progress label={t('verify.uploading')} value={progress} />}
          <Button type="submit" variant="secondary" busy={byFile.isPending}>
            {t('verify.byFile')}
          </Button>
        </form>
      </div>
    </div>
  );
}
