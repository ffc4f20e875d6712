import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useSession } from '../../app/session';
import { Failed, Loading } from '../../components/page-parts';
import { completeCognitoSignIn, takeReturn } from '../../lib/auth';

/** Back from Cognito's managed login: trades the code for tokens, then opens the page asked for. */
export default function SignInCallback() {
  const { t } = useTranslation();
  const { signedIn } = useSession();
  const navigate = useNavigate();
  const [error, setError] = useState<unknown>();
  const started = useRef(false);
  useEffect(() => {
    if (started.current) return;
    started.current = true;
    completeCognitoSignIn(window.location.search).then(
      (session) => {
        signedIn(session);
        navigate(takeReturn(), { replace: true });
      },
      (failure: unknown) => setError(failure),
    );
  }, [navigate, signedIn]);
  if (error) return <Failed error={error} />;
  return (
    <>
      <h1 className="govuk-heading-l">{t('signIn.completing')}</h1>
      <Loading />
    </>
  );
}
