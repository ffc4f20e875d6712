import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../app/session';
import { Failed, Loading, PageHeading } from '../../components/page-parts';
import { RequestTable } from '../../components/request-table';
import { api, data } from '../../lib/api';

/** The caller's requests: their own (ASN), their unit's (unit admins), or all (auditors). */
export default function RequestList() {
  const { t } = useTranslation();
  const { hasRole } = useSession();
  const scope = hasRole('AUDITOR') ? 'all' : hasRole('UNIT_ADMIN') ? 'unit' : 'mine';
  const list = useQuery({
    queryKey: ['requests', scope],
    queryFn: () => data(api().GET('/requests', { params: { query: { scope, limit: 50 } } })),
  });
  return (
    <>
      <PageHeading>{t('request.listTitle')}</PageHeading>
      {list.isPending ? (
        <Loading />
      ) : list.isError ? (
        <Failed error={list.error} retry={() => void list.refetch()} />
      ) : (
        <RequestTable requests={list.data.items} />
      )}
    </>
  );
}
