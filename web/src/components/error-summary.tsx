import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../lib/api';

/** One problem with a form: the message, and the id of the field it belongs to (if any). */
export interface Problem {
  readonly message: string;
  readonly fieldId?: string;
}

/**
 * A refusal in the API's words, linked to the form field its `field` names (`prefix-field`, or
 * through `fields` when the form's ids differ); anything else by its message.
 */
export function problemFrom(error: unknown, link: string | Readonly<Record<string, string>> = {}): Problem {
  if (!(error instanceof ApiError))
    return { message: error instanceof Error ? error.message : String(error) };
  const fieldId = !error.field
    ? undefined
    : typeof link === 'string'
      ? `${link}-${error.field}`
      : link[error.field];
  return { message: error.message, ...(fieldId && { fieldId }) };
}

/**
 * The GOV.UK error summary: at the top of the page, focused when it appears so screen readers
 * announce it, each problem a link to its field.
 */
export function ErrorSummary({ problems }: { readonly problems: readonly Problem[] }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  // Focus when the problems change, not on every render (typing in a field re-renders the form).
  const key = problems.map((problem) => `${problem.fieldId ?? ''}:${problem.message}`).join('\n');
  useEffect(() => {
    if (key) ref.current?.focus();
  }, [key]);
  if (problems.length === 0) return null;
  return (
    <div className="govuk-error-summary" ref={ref} tabIndex={-1} data-testid="error-summary">
      <div role="alert">
        <h2 className="govuk-error-summary__title">{t('app.errorTitle')}</h2>
        <div className="govuk-error-summary__body">
          <ul className="govuk-list govuk-error-summary__list">
            {problems.map((problem) => (
              <li key={`${problem.fieldId ?? ''}${problem.message}`}>
                {problem.fieldId ? (
                  <a
                    href={`#${problem.fieldId}`}
                    onClick={(event) => {
                      event.preventDefault();
                      document.getElementById(problem.fieldId ?? '')?.focus();
                    }}
                  >
                    {problem.message}
                  </a>
                ) : (
                  problem.message
                )}
              </li>
            ))}
          </ul>
        </div>
      </div>
    </div>
  );
}
