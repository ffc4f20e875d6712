import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary, type Problem, problemFrom } from '../../components/error-summary';
import { Button, FileField } from '../../components/form';
import { Progress, Success } from '../../components/page-parts';
import { api, data, sniffType, uploadFile } from '../../lib/api';

/**
 * A wet signature (Kediri Pasal 12b): the printed draft is signed by hand, scanned, and the scan
 * uploaded here; it becomes the issued document once the signing decision is saved.
 */
export function SignedScanUpload({
  requestId,
  uploaded,
  onDone,
}: {
  readonly requestId: string;
  readonly uploaded: boolean;
  readonly onDone: () => void;
}) {
  const { t } = useTranslation();
  const [file, setFile] = useState<File>();
  const [progress, setProgress] = useState<number>();
  const [problems, setProblems] = useState<Problem[]>([]);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const contentType = file ? await sniffType(file) : undefined;
    if (!file || !contentType) {
      return setProblems([
        {
          message: file ? t('request.wrongType') : `${t('tasks.signedScanFile')}: ${t('form.required')}`,
          fieldId: 'signed-scan',
        },
      ]);
    }
    setProblems([]);
    try {
      setProgress(0);
      const registered = await data(
        api().POST('/requests/{id}/signed-scan', {
          params: { path: { id: requestId } },
          body: { fileName: file.name, contentType, size: file.size },
        }),
      );
      await uploadFile(registered.uploadUrl, file, registered.uploadHeaders, setProgress);
      onDone();
    } catch (error) {
      setProblems([{ ...problemFrom(error), fieldId: 'signed-scan' }]);
    } finally {
      setProgress(undefined);
    }
  };
  return (
    <section aria-labelledby="signed-scan-heading">
      <ErrorSummary problems={problems} />
      <h3 className="govuk-heading-s" id="signed-scan-heading">
        {t('tasks.signedScan')}
      </h3>
      {uploaded && <Success>{t('tasks.signedScanDone')}</Success>}
      <p className="govuk-body-s">{t('tasks.signedScanLead')}</p>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <FileField
          id="signed-scan"
          label={t('tasks.signedScanFile')}
          error={problems[0]?.message}
          onChange={setFile}
        />
        {progress !== undefined && <Progress label={t('tasks.signedScanFile')} value={progress} />}
        <Button type="submit" variant="secondary" busy={progress !== undefined}>
          {t('tasks.signedScanUpload')}
        </Button>
      </form>
    </section>
  );
}
