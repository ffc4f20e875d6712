import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSession } from '../../app/session';
import { Failed, Loading, PageHeading } from '../../components/page-parts';
import { RequestTable } from '../../components/request-table';
import { api, data } from '../../lib/api';
import { dateTime } from '../../lib/format';

function Announcements() {
  const { t } = useTranslation();
  const list = useQuery({ queryKey: ['announcements'], queryFn: () => data(api().GET('/announcements')) });
  if (list.isPending) return <Loading />;
  if (list.isError) return <Failed error={list.error} retry={() => void list.refetch()} />;
  if (list.data.items.length === 0) return <p className="govuk-body">{t('home.noAnnouncements')}</p>;
  return (
    <>
      {list.data.items.map((item) => (
        <article key={item.id} className="announcement">
          <h3 className="govuk-heading-s govuk-!-margin-bottom-1">{item.title}</h3>
          <p className="govuk-body-s secondary-text">{dateTime(item.publishAt)}</p>
          <div
            className="govuk-body announcement__body"
            // biome-ignore lint/security/noDangerouslySetInnerHtml: the API makes bodyHtml safe (micromark: raw HTML escaped, unsafe links dropped)
            dangerouslySetInnerHTML={{ __html: item.bodyHtml }}
          />
        </article>
      ))}
    </>
  );
}

function RecentRequests() {
  const { t } = useTranslation();
  const list = useQuery({
    queryKey: ['requests', 'recent'],
    queryFn: () => data(api().GET('/requests', { params: { query: { scope: 'mine', limit: 5 } } })),
  });
  return (
    <>
      <h2 className="govuk-heading-m">{t('home.recent')}</h2>
      {list.isPending ? (
        <Loading />
      ) : list.isError ? (
        <Failed error={list.error} retry={() => void list.refetch()} />
      ) : (
        <RequestTable requests={list.data.items} />
      )}
      <Link to="/layanan" className="govuk-button" role="button" draggable={false}>
        {t('home.startService')}
      </Link>
    </>
  );
}

export default function Home() {
  const { t } = useTranslation();
  const { session, hasRole } = useSession();
  return (
    <>
      <PageHeading>{t('home.greeting', { name: session?.name ?? '' })}</PageHeading>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          {hasRole('ASN', 'UNIT_ADMIN') && <RecentRequests />}
          {hasRole('VERIFIER', 'SUPERVISOR', 'ADMINISTRATOR', 'SIGNER') && (
            <>
              <p className="govuk-body-l">{t('home.queueLead')}</p>
              <Link to="/tugas" className="govuk-button" role="button" draggable={false}>
                {t('home.openQueue')}
              </Link>
            </>
          )}
          {hasRole('AGENCY_ADMIN') && (
            <ul className="govuk-list card-links">
              <li>
                <Link className="govuk-link" to="/pegawai">
                  {t('nav.employees')}
                </Link>
              </li>
              <li>
                <Link className="govuk-link" to="/laporan">
                  {t('nav.reports')}
                </Link>
              </li>
              <li>
                <Link className="govuk-link" to="/pengaduan">
                  {t('nav.complaints')}
                </Link>
              </li>
            </ul>
          )}
          {hasRole('AUDITOR') && (
            <ul className="govuk-list card-links">
              <li>
                <Link className="govuk-link" to="/audit">
                  {t('nav.audit')}
                </Link>
              </li>
              <li>
                <Link className="govuk-link" to="/permohonan">
                  {t('nav.requests')}
                </Link>
              </li>
            </ul>
          )}
        </div>
        <aside className="govuk-grid-column-one-third" aria-labelledby="announcements-heading">
          <h2 className="govuk-heading-m" id="announcements-heading">
            {t('home.announcements')}
          </h2>
          <Announcements />
        </aside>
      </div>
    </>
  );
}
