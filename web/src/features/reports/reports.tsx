import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary, type Problem } from '../../components/error-summary';
import { Button, Select, TextField } from '../../components/form';
import { Failed, Loading, PageHeading } from '../../components/page-parts';
import { Figures, ScrollingTable, TableHead } from '../../components/table';
import { ApiError, api, data, type Schemas } from '../../lib/api';
import { percent } from '../../lib/format';
import { Bars } from './chart';

interface Period {
  readonly from: string;
  readonly to: string;
  readonly serviceType: string;
}

const thisYear = new Date().getFullYear();

/** A report as a file (CSV or XLSX), fetched with the caller's token and handed to the browser. */
async function download(kind: 'performance' | 'satisfaction', period: Period, format: 'csv' | 'xlsx') {
  const query = {
    from: period.from,
    to: period.to,
    format,
    ...(period.serviceType && { serviceType: period.serviceType }),
  };
  const answer =
    kind === 'performance'
      ? await api().GET('/reports/performance', { params: { query: query as never }, parseAs: 'blob' })
      : await api().GET('/reports/satisfaction', { params: { query: query as never }, parseAs: 'blob' });
  if (!answer.response.ok)
    throw new ApiError(
      answer.response.status,
      'REPORT',
      `Laporan tidak dapat diunduh (${answer.response.status}).`,
    );
  const url = URL.createObjectURL(answer.data as unknown as Blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = `${kind === 'performance' ? 'kinerja-layanan' : 'indeks-kepuasan'}-${period.from}-${period.to}.${format}`;
  link.click();
  URL.revokeObjectURL(url);
}

function Report({ period }: { readonly period: Period }) {
  const { t } = useTranslation();
  const query = {
    from: period.from,
    to: period.to,
    ...(period.serviceType && { serviceType: period.serviceType as never }),
  };
  const performance = useQuery({
    queryKey: ['report', 'performance', period],
    // JSON here; the same route answers CSV and XLSX files (download() below).
    queryFn: async () =>
      (await data(api().GET('/reports/performance', { params: { query } }))) as Schemas['PerformanceReport'],
  });
  const satisfaction = useQuery({
    queryKey: ['report', 'satisfaction', period],
    queryFn: async () =>
      (await data(
        api().GET('/reports/satisfaction', { params: { query } }),
      )) as Schemas['SatisfactionReport'],
  });
  const [failure, setFailure] = useState<string>();
  const services = performance.data?.services ?? [];
  const volume = useMemo(
    () => [
      { name: t('admin.received'), values: services.map((service) => service.received) },
      { name: t('admin.completed'), values: services.map((service) => service.completed) },
      { name: t('admin.rejected'), values: services.map((service) => service.rejected) },
      { name: t('admin.inProgress'), values: services.map((service) => service.inProgress) },
    ],
    [services, t],
  );
  const stages = performance.data?.total.stages ?? [];
  const stageSeries = useMemo(
    () => [{ name: t('admin.chartStages'), values: stages.map((stage) => stage.medianWorkingDays ?? 0) }],
    [stages, t],
  );
  const ikmServices = satisfaction.data?.services ?? [];
  const ikmSeries = useMemo(
    () => [{ name: t('admin.ikm'), values: ikmServices.map((service) => service.ikm ?? 0) }],
    [ikmServices, t],
  );
  if (performance.isPending || satisfaction.isPending) return <Loading />;
  if (performance.isError)
    return <Failed error={performance.error} retry={() => void performance.refetch()} />;
  if (satisfaction.isError)
    return <Failed error={satisfaction.error} retry={() => void satisfaction.refetch()} />;
  const total = performance.data.total;
  const save = (kind: 'performance' | 'satisfaction', format: 'csv' | 'xlsx') =>
    download(kind, period, format).catch((error: unknown) => setFailure((error as Error).message));
  return (
    <>
      <ErrorSummary problems={failure ? [{ message: failure }] : []} />
      <Figures
        items={[
          [total.received, t('admin.received')],
          [total.completed, t('admin.completed')],
          [total.overdue, t('admin.overdue')],
          [percent(total.completedWithinSlaShare), t('admin.chartSla')],
          [satisfaction.data.agency.ikm ?? '—', `${t('admin.ikm')} ${satisfaction.data.agency.grade ?? ''}`],
        ]}
      />
      <div className="govuk-button-group">
        <Button variant="secondary" onClick={() => void save('performance', 'csv')}>
          {t('admin.exportCsv')}
        </Button>
        <Button variant="secondary" onClick={() => void save('performance', 'xlsx')}>
          {t('admin.exportXlsx')}
        </Button>
      </div>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-one-half">
          <Bars
            title={t('admin.chartVolume')}
            categories={services.map((service) => service.serviceType)}
            series={volume}
          />
        </div>
        <div className="govuk-grid-column-one-half">
          <Bars
            title={t('admin.chartStages')}
            categories={stages.map((stage) => stage.label)}
            series={stageSeries}
            horizontal
          />
        </div>
      </div>
      {ikmServices.length > 0 && (
        <Bars
          title={t('admin.chartIkm')}
          categories={ikmServices.map((service) => service.name)}
          series={ikmSeries}
          horizontal
        />
      )}
      <ScrollingTable label={t('admin.tableSummary')}>
        <table className="govuk-table">
          <caption className="govuk-table__caption govuk-table__caption--m">
            {t('admin.tableSummary')}
          </caption>
          <TableHead
            columns={[
              t('request.service'),
              { label: t('admin.received'), numeric: true },
              { label: t('admin.completed'), numeric: true },
              { label: t('admin.rejected'), numeric: true },
              { label: t('admin.chartSla'), numeric: true },
              { label: t('admin.ikm'), numeric: true },
            ]}
          />
          <tbody className="govuk-table__body">
            {services.map((service) => (
              <tr className="govuk-table__row" key={service.serviceType}>
                <th scope="row" className="govuk-table__header">
                  {service.serviceName}
                </th>
                <td className="govuk-table__cell govuk-table__cell--numeric">{service.received}</td>
                <td className="govuk-table__cell govuk-table__cell--numeric">{service.completed}</td>
                <td className="govuk-table__cell govuk-table__cell--numeric">{service.rejected}</td>
                <td className="govuk-table__cell govuk-table__cell--numeric">
                  {percent(service.completedWithinSlaShare)}
                </td>
                <td className="govuk-table__cell govuk-table__cell--numeric">
                  {service.satisfaction.ikm ?? '—'}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollingTable>
      {total.rejections.length > 0 && (
        <>
          <h2 className="govuk-heading-m">{t('admin.rejections')}</h2>
          <ul className="govuk-list govuk-list--bullet">
            {total.rejections.flatMap((group) =>
              group.reasons.map((reason) => (
                <li key={`${group.stage}-${reason.reason}`}>
                  {reason.reason} ({reason.count})
                </li>
              )),
            )}
          </ul>
        </>
      )}
      <div className="govuk-button-group">
        <Button variant="secondary" onClick={() => void save('satisfaction', 'xlsx')}>
          {t('admin.chartIkm')} — XLSX
        </Button>
      </div>
    </>
  );
}

/** Service performance and satisfaction for a period: figures, charts, a table, and the files. */
export default function Reports() {
  const { t } = useTranslation();
  const [form, setForm] = useState<Period>({
    from: `${thisYear}-01-01`,
    to: `${thisYear}-12-31`,
    serviceType: '',
  });
  const [period, setPeriod] = useState<Period>(form);
  const [problems, setProblems] = useState<Problem[]>([]);
  const services = useQuery({ queryKey: ['services'], queryFn: () => data(api().GET('/services')) });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found: Problem[] = [];
    if (!form.from)
      found.push({ message: `${t('admin.from')}: ${t('form.required')}`, fieldId: 'report-from' });
    if (!form.to) found.push({ message: `${t('admin.to')}: ${t('form.required')}`, fieldId: 'report-to' });
    setProblems(found);
    if (found.length === 0) setPeriod(form);
  };
  return (
    <>
      <ErrorSummary problems={problems} />
      <PageHeading>{t('admin.reportsTitle')}</PageHeading>
      <form className="inline-form" onSubmit={submit} noValidate>
        <TextField
          id="report-from"
          type="date"
          label={t('admin.from')}
          value={form.from}
          onChange={(from) => setForm({ ...form, from })}
        />
        <TextField
          id="report-to"
          type="date"
          label={t('admin.to')}
          value={form.to}
          onChange={(to) => setForm({ ...form, to })}
        />
        <Select
          id="report-service"
          label={t('admin.serviceFilter')}
          value={form.serviceType}
          placeholder={t('admin.allServices')}
          options={(services.data?.items ?? []).map((service) => ({
            value: service.code,
            label: service.name,
          }))}
          onChange={(serviceType) => setForm({ ...form, serviceType })}
        />
        <Button type="submit" variant="secondary">
          {t('admin.show')}
        </Button>
      </form>
      <Report period={period} />
    </>
  );
}
