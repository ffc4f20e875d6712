import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate } from 'react-router';
import { useSession } from '../../app/session';
import { ErrorSummary } from '../../components/error-summary';
import { Button, PageHeading } from '../../components/page-parts';
import { cognitoSignIn, localSignIn, peekReturn, takeReturn } from '../../lib/auth';
import { config } from '../../lib/config';

/** Sign-in: a picker of the seeded accounts on the local stack; Cognito managed login in AWS. */
export default function SignIn() {
  const { t } = useTranslation();
  const { session, signedIn } = useSession();
  // Where the user was going (a mail link, a bookmark): read once, kept for Cognito's round trip.
  const [target] = useState(peekReturn);
  const [failure, setFailure] = useState<string>();
  const [busy, setBusy] = useState<string>();
  const auth = config().auth;
  if (session) return <Navigate to={target} replace />;

  if (auth.kind === 'cognito') {
    return (
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <PageHeading>{t('signIn.title')}</PageHeading>
          <p className="govuk-body-l">{t('signIn.lead')}</p>
          <p className="govuk-body">{t('signIn.cognitoLead')}</p>
          <Button onClick={() => void cognitoSignIn()}>{t('signIn.cognito')}</Button>
        </div>
      </div>
    );
  }

  const choose = async (username: string) => {
    setBusy(username);
    setFailure(undefined);
    try {
      const next = await localSignIn(username);
      takeReturn();
      signedIn(next);
    } catch (error) {
      setFailure(t('signIn.failed', { message: (error as Error).message }));
      setBusy(undefined);
    }
  };

  return (
    <>
      <ErrorSummary problems={failure ? [{ message: failure }] : []} />
      <PageHeading>{t('signIn.localTitle')}</PageHeading>
      <p className="govuk-body">{t('signIn.localLead')}</p>
      <ul className="account-list">
        {auth.accounts.map((account) => (
          <li key={account.username} className="account-list__item">
            <div>
              <p className="govuk-body govuk-!-font-weight-bold govuk-!-margin-bottom-1">{account.name}</p>
              <p className="govuk-body-s govuk-!-margin-bottom-0 secondary-text">
                {account.roles.map((role) => t(`roles.${role}` as 'roles.ASN')).join(', ')} · {account.unit} ·{' '}
                <code>{account.username}</code>
              </p>
            </div>
            <button
              type="button"
              className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0"
              disabled={busy !== undefined}
              aria-label={`${t('signIn.choose')}: ${account.name} (${account.username})`}
              onClick={() => void choose(account.username)}
            >
              {t('signIn.title')}
            </button>
          </li>
        ))}
      </ul>
    </>
  );
}
