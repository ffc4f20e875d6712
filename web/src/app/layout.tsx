import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, Outlet, useLocation } from 'react-router';
import { api, data } from '../lib/api';
import { config } from '../lib/config';
import { dateTime } from '../lib/format';
import { switchLanguage } from '../lib/i18n';
import { useSession } from './session';

type NavKey =
  | 'home'
  | 'services'
  | 'requests'
  | 'archive'
  | 'complaints'
  | 'tasks'
  | 'signing'
  | 'employees'
  | 'reports'
  | 'accounts'
  | 'announcements'
  | 'forceMajeure'
  | 'manual'
  | 'audit'
  | 'authorities';

/** Each role's menu: the pages it works in, in the order it needs them. */
const NAV: ReadonlyArray<{ key: NavKey; to: string; roles?: readonly string[] }> = [
  { key: 'home', to: '/' },
  { key: 'services', to: '/layanan', roles: ['ASN', 'UNIT_ADMIN'] },
  { key: 'requests', to: '/permohonan', roles: ['ASN', 'UNIT_ADMIN', 'AUDITOR'] },
  { key: 'tasks', to: '/tugas', roles: ['VERIFIER', 'SUPERVISOR', 'ADMINISTRATOR', 'SIGNER'] },
  { key: 'signing', to: '/tanda-tangan', roles: ['SIGNER'] },
  { key: 'archive', to: '/arsip', roles: ['ASN', 'UNIT_ADMIN'] },
  { key: 'employees', to: '/pegawai', roles: ['AGENCY_ADMIN'] },
  { key: 'reports', to: '/laporan', roles: ['AGENCY_ADMIN', 'AUDITOR', 'SUPERVISOR', 'ADMINISTRATOR'] },
  { key: 'audit', to: '/audit', roles: ['AUDITOR'] },
  { key: 'accounts', to: '/akun', roles: ['AGENCY_ADMIN'] },
  { key: 'authorities', to: '/kewenangan', roles: ['AGENCY_ADMIN'] },
  { key: 'announcements', to: '/pengumuman', roles: ['AGENCY_ADMIN'] },
  { key: 'forceMajeure', to: '/keadaan-kahar', roles: ['AGENCY_ADMIN'] },
  { key: 'manual', to: '/layanan-manual', roles: ['AGENCY_ADMIN', 'VERIFIER'] },
  {
    key: 'complaints',
    to: '/pengaduan',
    roles: ['ASN', 'UNIT_ADMIN', 'VERIFIER', 'SUPERVISOR', 'ADMINISTRATOR', 'SIGNER', 'AGENCY_ADMIN'],
  },
];

function ForceMajeureBanner() {
  const { t } = useTranslation();
  const status = useQuery({
    queryKey: ['force-majeure'],
    queryFn: () => data(api().GET('/force-majeure')),
    staleTime: 60_000,
  });
  const active = status.data?.active;
  if (!active) return null;
  return (
    <div className="govuk-warning-text force-majeure" role="status">
      <span className="govuk-warning-text__icon" aria-hidden="true">
        !
      </span>
      <strong className="govuk-warning-text__text">
        {t('app.forceMajeure', { from: dateTime(active.from), decree: active.decree })}
      </strong>
    </div>
  );
}

/** The frame of every page: skip link, header with the agency and the user, the role's menu, footer. */
export function Layout() {
  const { t } = useTranslation();
  const { session, hasRole, signOut } = useSession();
  const location = useLocation();
  const main = useRef<HTMLElement>(null);
  const first = useRef(true);
  // After navigating, focus moves to the new page's content, as a page load would put it.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on every navigation
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    main.current?.focus();
  }, [location.pathname]);
  const items = NAV.filter((item) => session && (!item.roles || hasRole(...item.roles)));
  return (
    <>
      <a href="#main" className="govuk-skip-link">
        {t('app.skip')}
      </a>
      <header className="site-header">
        <div className="govuk-width-container site-header__inner">
          <Link to="/" className="site-header__brand">
            <span className="site-header__logo" aria-hidden="true">
              ◆
            </span>
            <span>
              <span className="site-header__service">{t('app.name')}</span>
              <span className="site-header__agency">{config().agencyName}</span>
            </span>
          </Link>
          <div className="site-header__tools">
            <button type="button" className="site-header__link" onClick={switchLanguage}>
              <span lang={t('app.switchLanguage') === 'English' ? 'en' : 'id'}>
                {t('app.switchLanguage')}
              </span>
              <span className="govuk-visually-hidden"> — {t('app.switchLanguageLabel')}</span>
            </button>
            {session && (
              <>
                <span className="site-header__user">
                  {t('app.signedInAs', { name: session.name })}
                  <span className="site-header__roles">
                    {session.roles.map((role) => t(`roles.${role}` as 'roles.ASN')).join(', ')}
                  </span>
                </span>
                <button type="button" className="site-header__link" onClick={signOut}>
                  {t('app.signOut')}
                </button>
              </>
            )}
          </div>
        </div>
        {items.length > 0 && (
          <nav className="site-nav" aria-label={t('app.menu')}>
            <ul className="govuk-width-container site-nav__list">
              {items.map((item) => (
                <li key={item.key}>
                  <NavLink to={item.to} end={item.to === '/'} className="site-nav__link">
                    {t(`nav.${item.key}`)}
                  </NavLink>
                </li>
              ))}
            </ul>
          </nav>
        )}
      </header>
      <div className="govuk-width-container">
        <ForceMajeureBanner />
        <main className="govuk-main-wrapper" id="main" tabIndex={-1} ref={main}>
          <Outlet />
        </main>
      </div>
      <footer className="govuk-footer">
        <div className="govuk-width-container">
          <p className="govuk-body-s">{t('app.footer')}</p>
          <p className="govuk-body-s">
            <Link className="govuk-footer__link" to="/verifikasi">
              {t('app.verifyLink')}
            </Link>
            {' · '}
            {config().agencyName}
          </p>
        </div>
      </footer>
    </>
  );
}
