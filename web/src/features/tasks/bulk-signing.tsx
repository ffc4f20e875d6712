import { useMutation, useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorSummary } from '../../components/error-summary';
import { Button } from '../../components/form';
import { Failed, Loading, PageHeading, Success } from '../../components/page-parts';
import { ApiError, api, data } from '../../lib/api';
import { BatchProgress } from './batch-progress';

/**
 * Bulk signing (Kediri Pasal 11): the drafts waiting for this signer, each opened and reviewed,
 * then signed together by their digests in one act.
 */
export default function BulkSigning() {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [chosen, setChosen] = useState<Record<string, boolean>>({});
  const [batch, setBatch] = useState<string>();
  const tasks = useQuery({
    queryKey: ['tasks', 'SIGNING'],
    queryFn: () => data(api().GET('/tasks', { params: { query: { stage: 'SIGNING', limit: 50 } } })),
  });
  const items = (tasks.data?.items ?? []).filter(
    (task) => task.request.task?.decidable && !task.request.processing,
  );
  const drafts = useQueries({
    queries: items.map((task) => ({
      queryKey: ['draft', task.request.id],
      queryFn: () => data(api().GET('/requests/{id}/draft', { params: { path: { id: task.request.id } } })),
    })),
  });
  const sign = useMutation({
    mutationFn: () =>
      data(
        api().POST('/signing-batches', {
          body: {
            items: items.flatMap((task, index) => {
              const draft = drafts[index]?.data;
              return chosen[task.request.id] && draft
                ? [{ requestId: task.request.id, sha256: draft.sha256 }]
                : [];
            }),
          },
        }),
      ),
    onSuccess: (created) => {
      setBatch(created.id);
      setChosen({});
      void client.invalidateQueries({ queryKey: ['tasks'] });
    },
  });
  const count = Object.values(chosen).filter(Boolean).length;
  return (
    <>
      <ErrorSummary
        problems={
          sign.isError
            ? [{ message: sign.error instanceof ApiError ? sign.error.message : String(sign.error) }]
            : []
        }
      />
      {sign.isSuccess && <Success>{t('tasks.batchDone')}</Success>}
      <PageHeading>{t('tasks.batchTitle')}</PageHeading>
      <p className="govuk-body">{t('tasks.batchLead')}</p>
      {batch && <BatchProgress id={batch} />}
      {tasks.isPending ? (
        <Loading />
      ) : tasks.isError ? (
        <Failed error={tasks.error} retry={() => void tasks.refetch()} />
      ) : items.length === 0 ? (
        <p className="govuk-body">{t('tasks.none')}</p>
      ) : (
        <fieldset className="govuk-fieldset">
          <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">{t('tasks.draft')}</legend>
          <div className="govuk-checkboxes govuk-checkboxes--small">
            {items.map((task, index) => {
              const draft = drafts[index]?.data;
              const id = `batch-${task.request.id}`;
              return (
                <div className="govuk-checkboxes__item" key={task.request.id}>
                  <input
                    className="govuk-checkboxes__input"
                    id={id}
                    type="checkbox"
                    disabled={!draft}
                    checked={chosen[task.request.id] === true}
                    onChange={(event) => setChosen({ ...chosen, [task.request.id]: event.target.checked })}
                  />
                  <label className="govuk-label govuk-checkboxes__label" htmlFor={id}>
                    {task.request.serviceType} — {task.request.applicant.name}
                  </label>
                  <div className="govuk-hint govuk-checkboxes__hint">
                    {draft && (
                      <a className="govuk-link" href={draft.downloadUrl} target="_blank" rel="noreferrer">
                        {t('tasks.draftOpen')}
                      </a>
                    )}{' '}
                    ·{' '}
                    <Link className="govuk-link" to={`/permohonan/${task.request.id}`}>
                      {t('tasks.open')}
                    </Link>
                  </div>
                </div>
              );
            })}
          </div>
        </fieldset>
      )}
      <Button disabled={count === 0} busy={sign.isPending} onClick={() => sign.mutate()}>
        {t('tasks.batchSign', { count })}
      </Button>
    </>
  );
}
