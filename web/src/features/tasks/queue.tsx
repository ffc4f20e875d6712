import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Failed, Loading, PageHeading, Tag } from '../../components/page-parts';
import { ScrollingTable, TableHead } from '../../components/table';
import { api, data } from '../../lib/api';
import { dateTime } from '../../lib/format';

/** The work queue: oldest deadline first, overdue marked; each row opens the request to review. */
export default function Queue() {
  const { t } = useTranslation();
  const tasks = useQuery({
    queryKey: ['tasks'],
    queryFn: () => data(api().GET('/tasks', { params: { query: { limit: 50 } } })),
    refetchInterval: 15_000,
  });
  return (
    <>
      <PageHeading>{t('tasks.title')}</PageHeading>
      <p className="govuk-body">{t('tasks.lead')}</p>
      {tasks.isPending ? (
        <Loading />
      ) : tasks.isError ? (
        <Failed error={tasks.error} retry={() => void tasks.refetch()} />
      ) : tasks.data.items.length === 0 ? (
        <p className="govuk-body">{t('tasks.none')}</p>
      ) : (
        <ScrollingTable label={t('tasks.title')}>
          <table className="govuk-table">
            <caption className="govuk-table__caption govuk-visually-hidden">{t('tasks.title')}</caption>
            <TableHead
              columns={[
                t('request.applicant'),
                t('request.service'),
                t('tasks.stage'),
                t('tasks.due'),
                t('tasks.claimedBy'),
              ]}
            />
            <tbody className="govuk-table__body">
              {tasks.data.items.map((task) => (
                <tr className="govuk-table__row" key={`${task.request.id}-${task.stage}`}>
                  <td className="govuk-table__cell">
                    <Link className="govuk-link" to={`/permohonan/${task.request.id}`}>
                      {task.request.applicant.name}
                    </Link>
                  </td>
                  <td className="govuk-table__cell">{task.request.serviceType}</td>
                  <td className="govuk-table__cell">{t(`stage.${task.stage}`)}</td>
                  <td className="govuk-table__cell">
                    {dateTime(task.dueAt)} {task.overdue && <Tag colour="red">{t('request.overdue')}</Tag>}
                  </td>
                  <td className="govuk-table__cell">
                    {task.request.claim
                      ? (task.request.claim.name ?? task.request.claim.username)
                      : t('tasks.unclaimed')}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollingTable>
      )}
    </>
  );
}
