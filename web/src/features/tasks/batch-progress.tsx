import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Failed, Loading, Progress, Tag } from '../../components/page-parts';
import { ScrollingTable, TableHead } from '../../components/table';
import { api, data } from '../../lib/api';
import { dateTime } from '../../lib/format';

const COLOURS = { PENDING: 'blue', SIGNED: 'green', SKIPPED: 'orange' } as const;

/**
 * A signing batch as the system works through it: each draft signed or skipped (with why), and
 * the manifest's own signature; read again every second until nothing is pending.
 */
export function BatchProgress({ id }: { readonly id: string }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const batch = useQuery({
    queryKey: ['signing-batch', id],
    queryFn: async () => {
      const current = await data(api().GET('/signing-batches/{id}', { params: { path: { id } } }));
      if (current.items.every((item) => item.result !== 'PENDING'))
        void client.invalidateQueries({ queryKey: ['tasks'] });
      return current;
    },
    refetchInterval: (query) => {
      const current = query.state.data;
      const pending =
        !current ||
        current.items.some((item) => item.result === 'PENDING') ||
        current.manifestSignature?.status === 'PENDING';
      return pending ? 1000 : false;
    },
  });
  if (batch.isPending) return <Loading />;
  if (batch.isError) return <Failed error={batch.error} retry={() => void batch.refetch()} />;
  const current = batch.data;
  const done = current.items.filter((item) => item.result !== 'PENDING').length;
  return (
    <section className="action-panel" aria-labelledby="batch-progress" aria-live="polite">
      <h2 className="govuk-heading-m" id="batch-progress">
        {t('batch.progress')}
      </h2>
      <p className="govuk-body-s secondary-text">
        {current.signerName ?? current.signedBy} · {dateTime(current.createdAt)}
      </p>
      <Progress
        label={t('batch.done', { done, total: current.items.length })}
        value={current.items.length === 0 ? 1 : done / current.items.length}
      />
      <ScrollingTable label={t('batch.items')}>
        <table className="govuk-table">
          <caption className="govuk-table__caption govuk-table__caption--s">{t('batch.items')}</caption>
          <TableHead columns={[t('batch.request'), t('batch.result'), t('batch.reason')]} />
          <tbody className="govuk-table__body">
            {current.items.map((item) => (
              <tr className="govuk-table__row" key={item.requestId}>
                <td className="govuk-table__cell">
                  <Link className="govuk-link" to={`/permohonan/${item.requestId}`}>
                    <code>{item.requestId.slice(0, 8)}</code>
                    <span className="govuk-visually-hidden"> {item.requestId}</span>
                  </Link>
                </td>
                <td className="govuk-table__cell">
                  <Tag colour={COLOURS[item.result]}>{t(`batch.result${item.result}`)}</Tag>
                </td>
                <td className="govuk-table__cell">{item.reason ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollingTable>
      {current.manifestSignature && (
        <p className="govuk-body-s">
          {t('batch.manifest')}:{' '}
          <Tag colour={current.manifestSignature.status === 'SIGNED' ? 'green' : 'blue'}>
            {t(`batch.result${current.manifestSignature.status}`)}
          </Tag>{' '}
          <code className="hash">{current.sha256}</code>
        </p>
      )}
    </section>
  );
}
