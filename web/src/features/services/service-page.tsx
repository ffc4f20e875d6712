import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useSession } from '../../app/session';
import { Failed, Loading, PageHeading } from '../../components/page-parts';
import { api, data } from '../../lib/api';

/** A service's standard, as the public reads it, and the way to start a request for it. */
export default function ServicePage() {
  const { t } = useTranslation();
  const { code = '' } = useParams();
  const { hasRole } = useSession();
  const standard = useQuery({
    queryKey: ['standard', code],
    queryFn: () => data(api().GET('/services/{code}/standard', { params: { path: { code } } })),
  });
  if (standard.isPending) return <Loading />;
  if (standard.isError) return <Failed error={standard.error} retry={() => void standard.refetch()} />;
  const service = standard.data;
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <PageHeading caption={t('services.title')}>{service.name}</PageHeading>
        <p className="govuk-body-l">{service.description}</p>
        {hasRole('ASN', 'UNIT_ADMIN') && (
          <Link
            to={`/layanan/${service.code}/ajukan`}
            className="govuk-button govuk-button--start"
            role="button"
            draggable={false}
          >
            {t('services.apply')}
          </Link>
        )}
        <h2 className="govuk-heading-m">{t('services.requirements')}</h2>
        <ul className="govuk-list govuk-list--bullet">
          {service.requirements.map((requirement) => (
            <li key={requirement.code}>
              {requirement.name}
              {!requirement.required && ` ${t('services.optional')}`}
              {requirement.fromArchive && (
                <span className="secondary-text"> — {t('services.fromArchive')}</span>
              )}
            </li>
          ))}
        </ul>
        <h2 className="govuk-heading-m">{t('services.procedure')}</h2>
        <ol className="govuk-list govuk-list--number">
          {service.procedure.map((step) => (
            <li key={step.step}>
              {step.step}
              {step.workingDays !== undefined && (
                <span className="secondary-text">
                  {' '}
                  ({t('services.workingDays', { count: step.workingDays })})
                </span>
              )}
            </li>
          ))}
        </ol>
        <dl className="govuk-summary-list">
          <div className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">{t('services.timeLimit')}</dt>
            <dd className="govuk-summary-list__value">
              {t('services.workingDays', { count: service.timeLimitWorkingDays })}
            </dd>
          </div>
          <div className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">{t('services.cost')}</dt>
            <dd className="govuk-summary-list__value">{service.cost}</dd>
          </div>
          <div className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">{t('services.output')}</dt>
            <dd className="govuk-summary-list__value">{service.output}</dd>
          </div>
          <div className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">{t('services.legalBasis')}</dt>
            <dd className="govuk-summary-list__value">
              <ul className="govuk-list">
                {service.legalBasis.map((basis) => (
                  <li key={basis}>{basis}</li>
                ))}
              </ul>
            </dd>
          </div>
          <div className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">{t('services.complaintChannel')}</dt>
            <dd className="govuk-summary-list__value">
              {service.complaints.channel}; {service.complaints.email}
            </dd>
          </div>
        </dl>
      </div>
    </div>
  );
}
