import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary, type Problem, problemFrom } from '../../components/error-summary';
import { Button, FileField, TextField } from '../../components/form';
import { Failed, Loading, PageHeading, Progress, Success, Tag } from '../../components/page-parts';
import { ScrollingTable, TableHead } from '../../components/table';
import { api, data, sniffType, uploadFile } from '../../lib/api';
import { bytes, dateTime } from '../../lib/format';

function DownloadLink({ documentId, title }: { readonly documentId: string; readonly title: string }) {
  const { t } = useTranslation();
  const link = useMutation({
    mutationFn: () => data(api().GET('/archive/{documentId}', { params: { path: { documentId } } })),
    onSuccess: (document) => window.location.assign(document.downloadUrl),
  });
  return (
    <Button variant="secondary" small busy={link.isPending} onClick={() => link.mutate()}>
      {t('archive.download')}
      <span className="govuk-visually-hidden"> {title}</span>
    </Button>
  );
}

/** The employee's digital archive: what the agency issued and what they stored, reusable as requirements. */
export default function Archive() {
  const { t } = useTranslation();
  const client = useQueryClient();
  const list = useQuery({
    queryKey: ['archive', 'mine'],
    queryFn: () => data(api().GET('/archive', { params: { query: { limit: 100 } } })),
  });
  const [title, setTitle] = useState('');
  const [file, setFile] = useState<File>();
  const [progress, setProgress] = useState<number>();
  const [problems, setProblems] = useState<Problem[]>([]);
  const [saved, setSaved] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    const found: Problem[] = [];
    if (title.trim().length < 3)
      found.push({ message: `${t('archive.docTitle')}: ${t('form.required')}`, fieldId: 'archive-title' });
    const contentType = file ? await sniffType(file) : undefined;
    if (!file)
      found.push({ message: `${t('archive.file')}: ${t('form.required')}`, fieldId: 'archive-file' });
    else if (!contentType) found.push({ message: t('request.wrongType'), fieldId: 'archive-file' });
    setProblems(found);
    if (found.length > 0 || !file || !contentType) return;
    try {
      setProgress(0);
      const registered = await data(
        api().POST('/archive', {
          body: { title: title.trim(), fileName: file.name, contentType, size: file.size },
        }),
      );
      await uploadFile(registered.uploadUrl, file, registered.uploadHeaders, setProgress);
      await data(
        api().POST('/archive/{documentId}/confirmation', {
          params: { path: { documentId: registered.documentId } },
        }),
      );
      setTitle('');
      setFile(undefined);
      setSaved(true);
      void client.invalidateQueries({ queryKey: ['archive'] });
    } catch (error) {
      setProblems([{ ...problemFrom(error), fieldId: 'archive-file' }]);
    } finally {
      setProgress(undefined);
    }
  };
  return (
    <>
      <ErrorSummary problems={problems} />
      {saved && <Success>{t('archive.saved')}</Success>}
      <PageHeading>{t('archive.title')}</PageHeading>
      <p className="govuk-body">{t('archive.lead')}</p>
      {list.isPending ? (
        <Loading />
      ) : list.isError ? (
        <Failed error={list.error} retry={() => void list.refetch()} />
      ) : list.data.items.length === 0 ? (
        <p className="govuk-body">{t('archive.none')}</p>
      ) : (
        <ScrollingTable label={t('archive.title')}>
          <table className="govuk-table">
            <TableHead
              columns={[
                t('archive.document'),
                t('archive.source'),
                t('archive.archivedAt'),
                <span key="download" className="govuk-visually-hidden">
                  {t('archive.download')}
                </span>,
              ]}
            />
            <tbody className="govuk-table__body">
              {list.data.items.map((item) => (
                <tr className="govuk-table__row" key={item.documentId}>
                  <td className="govuk-table__cell">
                    {item.title}
                    <br />
                    <span className="govuk-body-s secondary-text">
                      {item.number ?? item.fileName} · {bytes(item.size)}
                    </span>
                    {item.revocation && <Tag colour="red">{item.revocation.reason}</Tag>}
                  </td>
                  <td className="govuk-table__cell">{t(`archive.${item.source}`)}</td>
                  <td className="govuk-table__cell">{dateTime(item.archivedAt)}</td>
                  <td className="govuk-table__cell">
                    {(item.source === 'ISSUED' || item.status === 'STORED') && (
                      <DownloadLink documentId={item.documentId} title={item.title} />
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollingTable>
      )}
      <h2 className="govuk-heading-m">{t('archive.add')}</h2>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <TextField
          id="archive-title"
          label={t('archive.docTitle')}
          value={title}
          error={problems.find((problem) => problem.fieldId === 'archive-title')?.message}
          onChange={setTitle}
        />
        <FileField
          id="archive-file"
          label={t('archive.file')}
          error={problems.find((problem) => problem.fieldId === 'archive-file')?.message}
          onChange={setFile}
        />
        {progress !== undefined && <Progress label={t('archive.file')} value={progress} />}
        <Button type="submit" busy={progress !== undefined}>
          {t('archive.save')}
        </Button>
      </form>
    </>
  );
}
