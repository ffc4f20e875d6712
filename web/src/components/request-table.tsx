import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Request } from '../lib/api';
import { dateTime } from '../lib/format';
import { StatusTag } from './page-parts';
import { ScrollingTable, TableHead } from './table';

/** Requests as a table: service, applicant, status, last change; each row opens its page. */
export function RequestTable({ requests }: { readonly requests: readonly Request[] }) {
  const { t } = useTranslation();
  if (requests.length === 0) return <p className="govuk-body">{t('request.none')}</p>;
  return (
    <ScrollingTable label={t('request.listTitle')}>
      <table className="govuk-table">
        <TableHead
          columns={[t('request.service'), t('request.applicant'), t('request.status'), t('request.updated')]}
        />
        <tbody className="govuk-table__body">
          {requests.map((request) => (
            <tr className="govuk-table__row" key={request.id}>
              <td className="govuk-table__cell">
                <Link className="govuk-link" to={`/permohonan/${request.id}`}>
                  {request.serviceType}
                  <span className="govuk-visually-hidden">
                    {' '}
                    — {request.applicant.name}, {t(`status.${request.status}`)}
                  </span>
                </Link>
              </td>
              <td className="govuk-table__cell">{request.applicant.name}</td>
              <td className="govuk-table__cell">
                <StatusTag status={request.status} />
              </td>
              <td className="govuk-table__cell">{dateTime(request.updatedAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollingTable>
  );
}
