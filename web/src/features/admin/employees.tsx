import { useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorSummary, type Problem, problemFrom } from '../../components/error-summary';
import { Button, FileField, TextField } from '../../components/form';
import { Failed, Loading, PageHeading, Progress, Tag } from '../../components/page-parts';
import { Figures, ScrollingTable, TableHead } from '../../components/table';
import { api, data, uploadFile } from '../../lib/api';

function ImportProgress({ id }: { readonly id: string }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const job = useQuery({
    queryKey: ['import', id],
    queryFn: async () => {
      const current = await data(api().GET('/employees/imports/{id}', { params: { path: { id } } }));
      if (current.status === 'COMPLETED') void client.invalidateQueries({ queryKey: ['employees'] });
      return current;
    },
    // Live progress while the import runs in the background; it stops once the job ends.
    refetchInterval: (query) =>
      query.state.data?.status === 'COMPLETED' || query.state.data?.status === 'FAILED' ? false : 1000,
  });
  if (job.isPending) return <Loading />;
  if (job.isError) return <Failed error={job.error} retry={() => void job.refetch()} />;
  const current = job.data;
  return (
    <section className="action-panel" aria-labelledby="import-progress" aria-live="polite">
      <h2 className="govuk-heading-m" id="import-progress">
        {t('admin.importProgress')}{' '}
        <Tag colour={current.status === 'COMPLETED' ? 'green' : current.status === 'FAILED' ? 'red' : 'blue'}>
          {current.status}
        </Tag>
      </h2>
      <Progress
        label={t('admin.importRows', { processed: current.processedRows, total: current.totalRows })}
        value={current.percent / 100}
      />
      <Figures
        items={[
          [current.imported, t('admin.imported')],
          [current.unchanged, t('admin.unchanged')],
          [current.rejected, t('admin.rejected')],
        ]}
      />
      {current.failure && <p className="govuk-error-message">{current.failure}</p>}
      {current.errors.length > 0 && (
        <ScrollingTable label={t('admin.rowErrors')}>
          <table className="govuk-table">
            <caption className="govuk-table__caption govuk-table__caption--s">{t('admin.rowErrors')}</caption>
            <TableHead columns={[t('admin.row'), t('admin.column'), t('admin.message')]} />
            <tbody className="govuk-table__body">
              {current.errors.map((error) => (
                <tr className="govuk-table__row" key={`${error.row}-${error.column ?? ''}-${error.message}`}>
                  <td className="govuk-table__cell">{error.row}</td>
                  <td className="govuk-table__cell">{error.column ?? '—'}</td>
                  <td className="govuk-table__cell">{error.message}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollingTable>
      )}
    </section>
  );
}

function EmployeeList() {
  const { t } = useTranslation();
  const [unit, setUnit] = useState('');
  const [shown, setShown] = useState('');
  const list = useQuery({
    queryKey: ['employees', shown],
    queryFn: () =>
      data(api().GET('/employees', { params: { query: { limit: 100, ...(shown && { unit: shown }) } } })),
  });
  return (
    <section aria-labelledby="employees-heading">
      <h2 className="govuk-heading-m" id="employees-heading">
        {t('admin.employeesTitle')}
      </h2>
      <form
        className="inline-form"
        onSubmit={(event) => {
          event.preventDefault();
          setShown(unit.trim());
        }}
      >
        <TextField
          id="employee-unit"
          label={t('admin.unit')}
          value={unit}
          width="10"
          onChange={setUnit}
          optional
        />
        <Button type="submit" variant="secondary">
          {t('admin.show')}
        </Button>
      </form>
      {list.isPending ? (
        <Loading />
      ) : list.isError ? (
        <Failed error={list.error} retry={() => void list.refetch()} />
      ) : (
        <ScrollingTable label={t('admin.employeesTitle')}>
          <table className="govuk-table">
            <TableHead columns={[t('admin.nip'), t('admin.name'), t('admin.unit'), t('admin.rank')]} />
            <tbody className="govuk-table__body">
              {list.data.items.map((employee) => (
                <tr className="govuk-table__row" key={employee.nip}>
                  <td className="govuk-table__cell">
                    <Link className="govuk-link" to={`/pegawai/${employee.nip}`}>
                      {employee.nip}
                    </Link>
                  </td>
                  <td className="govuk-table__cell">{employee.name}</td>
                  <td className="govuk-table__cell">{employee.unitName}</td>
                  <td className="govuk-table__cell">{employee.rank?.code ?? employee.grade?.code ?? '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollingTable>
      )}
    </section>
  );
}

/**
 * Employee master data: the list by unit, and the CSV import with live progress and row errors.
 * The file goes to storage by a presigned URL (up to 20 MB, with upload progress), not through
 * the API's body.
 */
export default function Employees() {
  const { t } = useTranslation();
  const [file, setFile] = useState<File>();
  const [job, setJob] = useState<string>();
  const [problems, setProblems] = useState<Problem[]>([]);
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<number>();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!file)
      return setProblems([
        { message: `${t('admin.importFile')}: ${t('form.required')}`, fieldId: 'import-file' },
      ]);
    setProblems([]);
    setBusy(true);
    try {
      const registered = await data(api().POST('/employees/imports/uploads', { body: { size: file.size } }));
      setProgress(0);
      await uploadFile(registered.uploadUrl, file, { 'content-type': 'text/csv' }, setProgress);
      const started = await data(
        api().POST('/employees/imports', { body: { uploadId: registered.uploadId } }),
      );
      setJob(started.id);
    } catch (error) {
      setProblems([{ ...problemFrom(error), fieldId: 'import-file' }]);
    } finally {
      setBusy(false);
      setProgress(undefined);
    }
  };
  return (
    <>
      <ErrorSummary problems={problems} />
      <PageHeading>{t('admin.importTitle')}</PageHeading>
      <p className="govuk-body">{t('admin.importLead')}</p>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <FileField
          id="import-file"
          label={t('admin.importFile')}
          accept=".csv,text/csv,text/plain"
          error={problems[0]?.message}
          onChange={setFile}
        />
        {progress !== undefined && <Progress label={t('admin.importUploading')} value={progress} />}
        <Button type="submit" busy={busy}>
          {t('admin.importStart')}
        </Button>
      </form>
      {job && <ImportProgress id={job} />}
      <EmployeeList />
    </>
  );
}
