import { useMutation, useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { ErrorSummary, type Problem } from '../../components/error-summary';
import { Button, TextField } from '../../components/form';
import { Failed, Loading, PageHeading, StatusTag, Success, Tag } from '../../components/page-parts';
import { ScrollingTable, TableHead } from '../../components/table';
import { api, data } from '../../lib/api';
import { dateTime } from '../../lib/format';

function History({ id }: { readonly id: string }) {
  const { t } = useTranslation();
  const history = useQuery({
    queryKey: ['history', id],
    queryFn: () => data(api().GET('/requests/{id}/history', { params: { path: { id } } })),
  });
  const request = useQuery({
    queryKey: ['request', id],
    queryFn: () => data(api().GET('/requests/{id}', { params: { path: { id } } })),
  });
  const chain = useMutation({
    mutationFn: () => data(api().GET('/requests/{id}/audit-chain', { params: { path: { id } } })),
  });
  if (history.isPending) return <Loading />;
  if (history.isError) return <Failed error={history.error} retry={() => void history.refetch()} />;
  const exportJson = () => {
    const url = URL.createObjectURL(
      new Blob([JSON.stringify(history.data, null, 2)], { type: 'application/json' }),
    );
    const link = document.createElement('a');
    link.href = url;
    link.download = `riwayat-${id}.json`;
    link.click();
    URL.revokeObjectURL(url);
  };
  const execution = history.data.execution;
  return (
    <>
      {request.data && (
        <p className="govuk-body">
          <Link className="govuk-link" to={`/permohonan/${id}`}>
            {request.data.serviceType} — {request.data.applicant.name}
          </Link>{' '}
          <StatusTag status={request.data.status} />
        </p>
      )}
      <section className="action-panel" aria-labelledby="chain-heading">
        <h2 className="govuk-heading-m" id="chain-heading">
          {t('audit.chain')}
        </h2>
        {chain.isError && <Failed error={chain.error} />}
        {chain.data &&
          (chain.data.valid ? (
            <Success>{t('audit.chainValid', { length: chain.data.length })}</Success>
          ) : (
            <div className="govuk-error-summary" role="alert">
              <p className="govuk-body govuk-!-font-weight-bold">
                {t('audit.chainBroken', {
                  version: chain.data.brokenAt?.version,
                  reason: chain.data.brokenAt?.reason,
                })}
              </p>
            </div>
          ))}
        <div className="govuk-button-group">
          <Button busy={chain.isPending} onClick={() => chain.mutate()}>
            {t('audit.check')}
          </Button>
          <Button variant="secondary" onClick={exportJson}>
            {t('audit.export')}
          </Button>
        </div>
      </section>
      <h2 className="govuk-heading-m">{t('audit.trail')}</h2>
      <ScrollingTable label={t('audit.trail')}>
        <table className="govuk-table">
          <TableHead columns={[t('audit.at'), t('audit.actor'), t('audit.action'), t('audit.change')]} />
          <tbody className="govuk-table__body">
            {history.data.audit.map((event) => (
              <tr className="govuk-table__row" key={`${event.at}-${event.action}`}>
                <td className="govuk-table__cell">{dateTime(event.occurredAt ?? event.at)}</td>
                <td className="govuk-table__cell">
                  {event.actor.username}
                  <br />
                  <span className="govuk-body-s secondary-text">{event.actor.role}</span>
                </td>
                <td className="govuk-table__cell">
                  <code>{event.action}</code>
                  {event.stage && <> · {t(`stage.${event.stage}`)}</>}
                  {event.outcome && <> · {event.outcome}</>}
                  {event.note && <p className="govuk-body-s govuk-!-margin-bottom-0">{event.note}</p>}
                </td>
                <td className="govuk-table__cell">
                  {event.fromStatus && event.toStatus && (
                    <>
                      {t(`status.${event.fromStatus}`)} → {t(`status.${event.toStatus}`)}
                    </>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollingTable>
      {execution && (
        <>
          <h2 className="govuk-heading-m">{t('audit.execution')}</h2>
          <p className="govuk-body-s">
            <Tag
              colour={
                execution.status === 'SUCCEEDED' ? 'green' : execution.status === 'RUNNING' ? 'blue' : 'red'
              }
            >
              {execution.status}
            </Tag>{' '}
            {dateTime(execution.startDate)} {execution.stopDate && `— ${dateTime(execution.stopDate)}`}
          </p>
          <ol className="timeline" aria-label={t('audit.execution')}>
            {execution.events
              // One line per state the workflow entered (and each failure), as a reader follows it.
              .filter((event) => event.error || (event.state && event.type.endsWith('StateEntered')))
              .map((event) => (
                <li
                  key={event.id}
                  className={`timeline__item ${event.error ? 'timeline__item--current' : 'timeline__item--done'}`}
                >
                  <p className="govuk-body-s govuk-!-margin-bottom-0">
                    <strong>{event.state ?? event.type}</strong> · {dateTime(event.timestamp)}
                    {event.error && <span className="govuk-error-message"> {event.error}</span>}
                  </p>
                </li>
              ))}
          </ol>
        </>
      )}
    </>
  );
}

/** An auditor's view of any request: audit trail, the workflow's history as a timeline, the chain check. */
export default function Audit() {
  const { t } = useTranslation();
  const { id } = useParams();
  const navigate = useNavigate();
  const [input, setInput] = useState(id ?? '');
  const [problems, setProblems] = useState<Problem[]>([]);
  const recent = useQuery({
    queryKey: ['requests', 'all'],
    queryFn: () => data(api().GET('/requests', { params: { query: { scope: 'all', limit: 20 } } })),
    enabled: !id,
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const value = input.trim();
    if (!/^[0-9a-f-]{36}$/i.test(value)) {
      setProblems([{ message: `${t('audit.requestId')}: ${t('form.required')}`, fieldId: 'audit-id' }]);
      return;
    }
    setProblems([]);
    navigate(`/audit/${value}`);
  };
  return (
    <>
      <ErrorSummary problems={problems} />
      <PageHeading>{t('audit.title')}</PageHeading>
      <p className="govuk-body">{t('audit.lead')}</p>
      <form className="inline-form" onSubmit={submit} noValidate>
        <TextField
          id="audit-id"
          label={t('audit.requestId')}
          value={input}
          onChange={setInput}
          error={problems[0]?.message}
        />
        <Button type="submit" variant="secondary">
          {t('audit.openHistory')}
        </Button>
      </form>
      {id ? (
        <History id={id} />
      ) : recent.isPending ? (
        <Loading />
      ) : recent.isError ? (
        <Failed error={recent.error} />
      ) : (
        <ul className="govuk-list">
          {recent.data.items.map((request) => (
            <li key={request.id}>
              <Link className="govuk-link" to={`/audit/${request.id}`}>
                {request.serviceType} — {request.applicant.name}
              </Link>{' '}
              <StatusTag status={request.status} />
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
