import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Failed, Loading, PageHeading } from '../../components/page-parts';
import { api, data } from '../../lib/api';

export default function Catalog() {
  const { t } = useTranslation();
  const services = useQuery({ queryKey: ['services'], queryFn: () => data(api().GET('/services')) });
  return (
    <>
      <PageHeading>{t('services.title')}</PageHeading>
      <p className="govuk-body-l">{t('services.lead')}</p>
      {services.isPending ? (
        <Loading />
      ) : services.isError ? (
        <Failed error={services.error} retry={() => void services.refetch()} />
      ) : (
        <ul className="service-grid">
          {services.data.items.map((service) => (
            <li key={service.code} className="service-card">
              <h2 className="govuk-heading-s govuk-!-margin-bottom-2">
                <Link className="govuk-link service-card__link" to={`/layanan/${service.code}`}>
                  {service.name}
                </Link>
              </h2>
              <p className="govuk-body-s govuk-!-margin-bottom-2">{service.description}</p>
              <p className="govuk-body-s secondary-text govuk-!-margin-bottom-0">
                {t('services.for')}: {service.employeeTypes.join(', ')} · {t('services.signature')}{' '}
                {t(`services.${service.signatureMode}`)}
              </p>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
