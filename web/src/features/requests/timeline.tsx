import { useTranslation } from 'react-i18next';
import { Tag } from '../../components/page-parts';
import { dateTime } from '../../lib/format';
import type { RequestDetail } from './use-request';

/** Each stage the request passed and the one it is in: when, until when, how it ended, who holds it. */
export function Timeline({ request }: { readonly request: RequestDetail }) {
  const { t } = useTranslation();
  const stages = request.stages ?? [];
  return (
    <section aria-labelledby="timeline-heading">
      <h2 className="govuk-heading-m" id="timeline-heading">
        {t('request.timeline')}
      </h2>
      <ol className="timeline">
        <li className="timeline__item timeline__item--done">
          <p className="govuk-body govuk-!-font-weight-bold govuk-!-margin-bottom-1">
            {t('request.submittedAt')}
          </p>
          <p className="govuk-body-s govuk-!-margin-bottom-0">
            {dateTime(request.submittedAt ?? request.createdAt)}
          </p>
        </li>
        {stages.map((stage) => {
          const open = !stage.closedAt;
          return (
            <li
              key={`${stage.stage}-${stage.openedAt}`}
              className={`timeline__item ${open ? 'timeline__item--current' : 'timeline__item--done'}`}
              aria-current={open ? 'step' : undefined}
            >
              <p className="govuk-body govuk-!-font-weight-bold govuk-!-margin-bottom-1">
                {t(`stage.${stage.stage}`)}{' '}
                {open ? (
                  <Tag colour="blue">{t('request.now')}</Tag>
                ) : stage.outcome ? (
                  <Tag colour={stage.outcome === 'REJECT' || stage.outcome === 'EXPIRED' ? 'red' : 'green'}>
                    {t(`outcome.${stage.outcome}` as 'outcome.ACCEPT', { defaultValue: stage.outcome })}
                  </Tag>
                ) : null}{' '}
                {stage.overdue && <Tag colour="red">{t('request.overdue')}</Tag>}
              </p>
              <p className="govuk-body-s govuk-!-margin-bottom-0">
                {dateTime(stage.openedAt)}
                {stage.closedAt && ` — ${dateTime(stage.closedAt)}`}
                {open && stage.dueAt && ` · ${t('request.due')}: ${dateTime(stage.dueAt)}`}
                {open &&
                  request.claim &&
                  ` · ${t('request.holder')}: ${request.claim.name ?? request.claim.username}`}
              </p>
            </li>
          );
        })}
        {(request.status === 'COMPLETED' || request.status === 'REJECTED') && (
          <li className="timeline__item timeline__item--done">
            <p className="govuk-body govuk-!-font-weight-bold govuk-!-margin-bottom-1">
              {t(`status.${request.status}`)}
            </p>
            <p className="govuk-body-s govuk-!-margin-bottom-0">
              {dateTime(request.completedAt ?? request.updatedAt)}
            </p>
          </li>
        )}
      </ol>
    </section>
  );
}
