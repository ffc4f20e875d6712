import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useSession } from '../../app/session';
import { Failed, Loading, Notice, PageHeading, StatusTag } from '../../components/page-parts';
import { api, data } from '../../lib/api';
import { dateTime, humanize } from '../../lib/format';
import { DeficiencyPanel, OutputPanel, SubmitPanel, SurveyForm } from './applicant-actions';
import { ApplicantDocuments } from './documents';
import { Timeline } from './timeline';
import { type RequestDetail, useRefreshRequest, useRequest } from './use-request';

/**
 * One request, for everyone who may read it: its timeline, details and documents; the applicant's
 * next step (uploads, submission, correction, survey, download); and, through `officialPanel`,
 * what the app composes for staff.
 */
export default function RequestPage({
  officialPanel,
}: {
  readonly officialPanel?: (request: RequestDetail, refresh: () => void) => ReactNode;
}) {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { hasRole } = useSession();
  const request = useRequest(id);
  const refresh = useRefreshRequest(id);
  const serviceType = request.data?.serviceType;
  const service = useQuery({
    queryKey: ['service', serviceType],
    queryFn: () => data(api().GET('/services/{code}', { params: { path: { code: serviceType ?? '' } } })),
    enabled: serviceType !== undefined,
  });
  if (request.isPending) return <Loading />;
  if (request.isError) return <Failed error={request.error} retry={() => void request.refetch()} />;
  const current = request.data;
  const applicant = hasRole('ASN', 'UNIT_ADMIN');
  const settled = !current.processing && (!current.task || current.task.decidable);
  const deficientCodes = new Set(current.deficiency?.items.map((item) => item.requirementCode) ?? []);
  const editable =
    !applicant || !service.data
      ? new Set<string>()
      : current.status === 'DRAFT'
        ? new Set(service.data.requirements.map((requirement) => requirement.code))
        : current.status === 'DEFICIENT'
          ? deficientCodes
          : new Set<string>();
  const details = (current.details ?? {}) as Record<string, unknown>;
  const properties = ((
    service.data?.detailsSchema as { properties?: Record<string, { title?: string }> } | undefined
  )?.properties ?? {}) as Record<string, { title?: string }>;

  return (
    <>
      <PageHeading caption={`${t('request.number')}: ${current.id}`}>
        {t('request.title', {
          service: service.data?.name ?? current.serviceType,
          name: current.applicant.name,
        })}
      </PageHeading>
      <p className="govuk-body">
        <StatusTag status={current.status} />
        {current.task && current.status !== 'DRAFT' && (
          <span className="govuk-body-s secondary-text">
            {' '}
            {t('request.waitingFor', { stage: t(`stage.${current.task.stage}`) })}
            {current.task.dueAt && ` · ${t('request.due')}: ${dateTime(current.task.dueAt)}`}
          </span>
        )}
      </p>
      {!settled && (
        <p className="govuk-inset-text" role="status" data-testid="processing">
          {t('app.processing')}
        </p>
      )}
      {current.rejection && (
        <Notice title={t('request.rejectedTitle')}>
          <p className="govuk-body">{current.rejection.reason}</p>
        </Notice>
      )}
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          {applicant && settled && current.status === 'DEFICIENT' && (
            <DeficiencyPanel request={current} onDone={refresh} />
          )}
          {applicant && service.data && (editable.size > 0 || current.documents.length > 0) && (
            <ApplicantDocuments
              request={current}
              requirements={service.data.requirements}
              editable={editable}
              onChanged={refresh}
            />
          )}
          {applicant && settled && (current.status === 'DRAFT' || current.status === 'DEFICIENT') && (
            <SubmitPanel request={current} onDone={refresh} />
          )}
          {hasRole('ASN') && settled && current.status === 'AWAITING_SURVEY' && (
            <SurveyForm request={current} onDone={refresh} />
          )}
          {applicant &&
            settled &&
            (current.status === 'READY_FOR_HANDOVER' || current.status === 'COMPLETED') &&
            current.plan?.handoverMode !== 'PHYSICAL' && <OutputPanel request={current} onDone={refresh} />}
          {officialPanel?.(current, refresh)}
          <h2 className="govuk-heading-m">{t('request.details')}</h2>
          <dl className="govuk-summary-list">
            <div className="govuk-summary-list__row">
              <dt className="govuk-summary-list__key">{t('request.applicant')}</dt>
              <dd className="govuk-summary-list__value">
                {current.applicant.name} · NIP {current.applicant.nip} · {current.applicant.unit}
              </dd>
            </div>
            {Object.entries(details).map(([name, value]) => (
              <div className="govuk-summary-list__row" key={name}>
                <dt className="govuk-summary-list__key">{properties[name]?.title ?? humanize(name)}</dt>
                <dd className="govuk-summary-list__value">{String(value)}</dd>
              </div>
            ))}
          </dl>
          {current.notes && current.notes.length > 0 && (
            <>
              <h3 className="govuk-heading-s">{t('request.notes')}</h3>
              <ul className="govuk-list govuk-list--bullet">
                {current.notes.map((note) => (
                  <li key={note}>{note}</li>
                ))}
              </ul>
            </>
          )}
        </div>
        <div className="govuk-grid-column-one-third">
          <Timeline request={current} />
        </div>
      </div>
    </>
  );
}
