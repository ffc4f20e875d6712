export { Button } from './form';

import { type ReactNode, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../lib/api';

export function PageHeading({
  children,
  caption,
}: {
  readonly children: ReactNode;
  readonly caption?: ReactNode;
}) {
  return (
    <>
      {caption && <span className="govuk-caption-l">{caption}</span>}
      <h1 className="govuk-heading-l">{children}</h1>
    </>
  );
}

type TagColour = 'grey' | 'green' | 'red' | 'yellow' | 'blue' | 'orange' | 'purple' | 'turquoise';

export function Tag({ children, colour }: { readonly children: ReactNode; readonly colour?: TagColour }) {
  return <strong className={`govuk-tag${colour ? ` govuk-tag--${colour}` : ''}`}>{children}</strong>;
}

const STATUS_COLOURS: Record<string, TagColour> = {
  DRAFT: 'grey',
  AWAITING_VERIFICATION: 'blue',
  DEFICIENT: 'orange',
  AWAITING_SUPERVISOR_VALIDATION: 'blue',
  AWAITING_ADMINISTRATOR_VALIDATION: 'blue',
  AWAITING_SIGNATURE: 'purple',
  AWAITING_SURVEY: 'yellow',
  READY_FOR_HANDOVER: 'turquoise',
  COMPLETED: 'green',
  REJECTED: 'red',
};

export function StatusTag({ status }: { readonly status: string }) {
  const { t } = useTranslation();
  return <Tag colour={STATUS_COLOURS[status] ?? 'grey'}>{t(`status.${status}` as 'status.DRAFT')}</Tag>;
}

export function Loading() {
  const { t } = useTranslation();
  return (
    <p className="govuk-body loading" role="status">
      {t('app.loading')}
    </p>
  );
}

/** A failed read, in the API's words, with a way to try again. */
export function Failed({ error, retry }: { readonly error: unknown; readonly retry?: () => void }) {
  const { t } = useTranslation();
  const message = error instanceof ApiError ? error.message : t('app.loadFailed');
  return (
    <div className="govuk-error-summary" role="alert">
      <h2 className="govuk-error-summary__title">{t('app.errorTitle')}</h2>
      <div className="govuk-error-summary__body">
        <p className="govuk-body">{message}</p>
        {retry && (
          <button type="button" className="govuk-button govuk-button--secondary" onClick={retry}>
            {t('app.retry')}
          </button>
        )}
      </div>
    </div>
  );
}

export function Notice({ title, children }: { readonly title: ReactNode; readonly children?: ReactNode }) {
  return (
    <section className="govuk-notification-banner" aria-label={typeof title === 'string' ? title : undefined}>
      <div className="govuk-notification-banner__header">
        <h2 className="govuk-notification-banner__title">{title}</h2>
      </div>
      <div className="govuk-notification-banner__content">{children}</div>
    </section>
  );
}

export function Success({ children }: { readonly children: ReactNode }) {
  return (
    <div className="govuk-notification-banner govuk-notification-banner--success" role="status">
      <div className="govuk-notification-banner__content">
        <p className="govuk-notification-banner__heading">{children}</p>
      </div>
    </div>
  );
}

/** Long work: a labelled progress bar that screen readers read as a percentage. */
export function Progress({ label, value }: { readonly label: string; readonly value: number }) {
  const percent = Math.round(value * 100);
  const id = useId();
  return (
    <div className="progress">
      <label className="govuk-body-s progress__label" htmlFor={id}>
        {label}: {percent}%
      </label>
      <progress id={id} className="progress__bar" max={100} value={percent}>
        {percent}%
      </progress>
    </div>
  );
}
