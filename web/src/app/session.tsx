import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { whenUnauthenticated } from '../lib/api';
import { signOut as endSession, forgetSession, type Session, storedSession } from '../lib/auth';

interface SessionState {
  readonly session: Session | undefined;
  readonly signedIn: (session: Session) => void;
  readonly signOut: () => void;
  readonly hasRole: (...roles: string[]) => boolean;
}

const SessionContext = createContext<SessionState | undefined>(undefined);

/** Who is signed in, for every page; a 401 from the API or an expired token signs out. */
export function SessionProvider({ children }: { readonly children: ReactNode }) {
  const [session, setSession] = useState<Session | undefined>(() => storedSession());
  useEffect(() => {
    whenUnauthenticated(() => {
      forgetSession();
      setSession(undefined);
    });
  }, []);
  useEffect(() => {
    if (!session) return;
    const timer = setTimeout(() => setSession(undefined), Math.max(0, session.expiresAt - Date.now()));
    return () => clearTimeout(timer);
  }, [session]);
  const signOut = useCallback(() => {
    setSession(undefined);
    endSession();
  }, []);
  const value = useMemo<SessionState>(
    () => ({
      session,
      signedIn: setSession,
      signOut,
      hasRole: (...roles) => roles.some((role) => session?.roles.includes(role)),
    }),
    [session, signOut],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionState {
  const state = useContext(SessionContext);
  if (!state) throw new Error('useSession outside SessionProvider');
  return state;
}
