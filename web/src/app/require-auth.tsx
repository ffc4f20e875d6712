import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { rememberReturn } from '../lib/auth';
import { NotAllowed } from './not-found';
import { useSession } from './session';

/**
 * A page for signed-in users (of some roles): anyone else goes to sign in, and comes back here
 * afterwards, so a link in a mail opens the right page.
 */
export function RequireAuth({
  roles,
  children,
}: {
  readonly roles?: readonly string[];
  readonly children: ReactNode;
}) {
  const { session, hasRole } = useSession();
  const location = useLocation();
  if (!session) {
    rememberReturn(`${location.pathname}${location.search}`);
    return <Navigate to="/masuk" replace />;
  }
  if (roles && !hasRole(...roles)) return <NotAllowed />;
  return children;
}
