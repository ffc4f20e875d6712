import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { Failed, Loading, PageHeading } from '../../components/page-parts';
import { api, data } from '../../lib/api';
import { date } from '../../lib/format';

function Row({ label, children }: { readonly label: string; readonly children: ReactNode }) {
  return (
    <div className="govuk-summary-list__row">
      <dt className="govuk-summary-list__key">{label}</dt>
      <dd className="govuk-summary-list__value">{children || '—'}</dd>
    </div>
  );
}

/**
 * One employee's master data as the personnel system last sent it. (Their archive is not shown:
 * the API keeps employees' archives from agency admins.)
 */
export default function EmployeeDetail() {
  const { t } = useTranslation();
  const { nip = '' } = useParams();
  const employee = useQuery({
    queryKey: ['employee', nip],
    queryFn: () => data(api().GET('/employees/{nip}', { params: { path: { nip } } })),
  });
  return (
    <>
      <p className="govuk-body">
        <Link className="govuk-back-link" to="/pegawai">
          {t('employee.back')}
        </Link>
      </p>
      {employee.isPending ? (
        <Loading />
      ) : employee.isError ? (
        <>
          <PageHeading>{t('employee.title')}</PageHeading>
          <Failed error={employee.error} retry={() => void employee.refetch()} />
        </>
      ) : (
        <>
          <PageHeading caption={`NIP ${employee.data.nip}`}>{employee.data.name}</PageHeading>
          <dl className="govuk-summary-list">
            <Row label={t('employee.type')}>{employee.data.employeeType}</Row>
            <Row label={t('admin.unit')}>{employee.data.unitName}</Row>
            <Row label={t('admin.position')}>
              {[employee.data.positionName, employee.data.positionCategory].filter(Boolean).join(' · ')}
            </Row>
            <Row label={t('admin.rank')}>
              {employee.data.rank
                ? `${employee.data.rank.code}${employee.data.rank.tmt ? ` (TMT ${date(employee.data.rank.tmt)})` : ''}`
                : employee.data.grade?.code}
            </Row>
            <Row label={t('employee.birth')}>
              {[employee.data.birthPlace, date(employee.data.birthDate)].filter(Boolean).join(', ')}
            </Row>
            <Row label={t('employee.tmtCpns')}>{date(employee.data.tmtCpns)}</Row>
            <Row label={t('employee.lastRaise')}>{date(employee.data.lastSalaryRaiseTmt)}</Row>
            <Row label={t('admin.email')}>{employee.data.email}</Row>
          </dl>
        </>
      )}
    </>
  );
}
