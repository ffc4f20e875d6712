import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

export function NotFound() {
  const { t } = useTranslation();
  return (
    <>
      <h1 className="govuk-heading-l">{t('app.notFound')}</h1>
      <p className="govuk-body">{t('app.notFoundBody')}</p>
      <p className="govuk-body">
        <Link className="govuk-link" to="/">
          {t('app.home')}
        </Link>
      </p>
    </>
  );
}

export function NotAllowed() {
  const { t } = useTranslation();
  return (
    <>
      <h1 className="govuk-heading-l">{t('app.notFound')}</h1>
      <p className="govuk-body">{t('tasks.notYours')}</p>
    </>
  );
}
