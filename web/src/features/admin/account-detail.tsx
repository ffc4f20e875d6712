import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorSummary, type Problem, problemFrom } from '../../components/error-summary';
import { Button, TextField } from '../../components/form';
import { Failed, Loading, PageHeading, Success, Tag } from '../../components/page-parts';
import { ScrollingTable, TableHead } from '../../components/table';
import { api, data } from '../../lib/api';
import { dateTime } from '../../lib/format';
import { ROLES, type Role } from '../../lib/roles';

interface RolesForm {
  readonly roles: readonly Role[];
  readonly unit: string;
  readonly division: string;
}

/** The roles as a fieldset of checkboxes, the first one carrying the group's id for error links. */
function RoleChoices({
  value,
  error,
  onChange,
}: {
  readonly value: readonly Role[];
  readonly error?: string;
  readonly onChange: (roles: Role[]) => void;
}) {
  const { t } = useTranslation();
  return (
    <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      <fieldset className="govuk-fieldset" aria-describedby={error ? 'account-roles-error' : undefined}>
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">{t('admin.roles')}</legend>
        {error && (
          <p className="govuk-error-message" id="account-roles-error">
            <span className="govuk-visually-hidden">Galat:</span> {error}
          </p>
        )}
        <div className="govuk-checkboxes govuk-checkboxes--small">
          {ROLES.map((role, index) => {
            const id = index === 0 ? 'account-roles' : `account-roles-${role}`;
            return (
              <div className="govuk-checkboxes__item" key={role}>
                <input
                  className="govuk-checkboxes__input"
                  id={id}
                  type="checkbox"
                  checked={value.includes(role)}
                  onChange={(event) =>
                    onChange(
                      event.target.checked ? [...value, role] : value.filter((chosen) => chosen !== role),
                    )
                  }
                />
                <label className="govuk-label govuk-checkboxes__label" htmlFor={id}>
                  {t(`roles.${role}`)}
                </label>
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}

function RolesEditor({
  account,
}: {
  readonly account: {
    readonly username: string;
    readonly roles: readonly Role[];
    readonly unit?: string;
    readonly division?: string;
  };
}) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [form, setForm] = useState<RolesForm>({
    roles: account.roles,
    unit: account.unit ?? '',
    division: account.division ?? '',
  });
  const [problems, setProblems] = useState<Problem[]>([]);
  const save = useMutation({
    mutationFn: () =>
      data(
        api().PUT('/accounts/{username}/roles', {
          params: { path: { username: account.username } },
          body: {
            roles: [...form.roles],
            ...(form.unit.trim() && form.unit.trim() !== account.unit && { unit: form.unit.trim() }),
            ...(form.division.trim() && { division: form.division.trim() }),
          },
        }),
      ),
    onSuccess: () => {
      setProblems([]);
      void client.invalidateQueries({ queryKey: ['account', account.username] });
      void client.invalidateQueries({ queryKey: ['accounts'] });
    },
    onError: (error) => setProblems([problemFrom(error, 'account')]),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (form.roles.length === 0) {
      return setProblems([
        { message: `${t('admin.roles')}: ${t('account.rolesRequired')}`, fieldId: 'account-roles' },
      ]);
    }
    setProblems([]);
    save.mutate();
  };
  const errorOf = (id: string) => problems.find((problem) => problem.fieldId === id)?.message;
  return (
    <section aria-labelledby="roles-heading">
      <ErrorSummary problems={problems} />
      {save.isSuccess && <Success>{t('account.rolesSaved')}</Success>}
      <h2 className="govuk-heading-m" id="roles-heading">
        {t('account.rolesTitle')}
      </h2>
      <form onSubmit={submit} noValidate>
        <RoleChoices
          value={form.roles}
          error={errorOf('account-roles')}
          onChange={(roles) => setForm({ ...form, roles })}
        />
        <TextField
          id="account-unit"
          label={t('admin.unit')}
          hint={t('account.unitHint')}
          optional
          width="10"
          value={form.unit}
          error={errorOf('account-unit')}
          onChange={(unit) => setForm({ ...form, unit })}
        />
        <TextField
          id="account-division"
          label={t('admin.division')}
          hint={t('account.divisionHint')}
          optional
          width="10"
          value={form.division}
          error={errorOf('account-division')}
          onChange={(division) => setForm({ ...form, division })}
        />
        <Button type="submit" busy={save.isPending}>
          {t('account.rolesSave')}
        </Button>
      </form>
    </section>
  );
}

/** One account: who it is, its roles (changed here, with a move of unit), and what was done to it. */
export default function AccountDetail() {
  const { t } = useTranslation();
  const { username = '' } = useParams();
  const account = useQuery({
    queryKey: ['account', username],
    queryFn: () => data(api().GET('/accounts/{username}', { params: { path: { username } } })),
  });
  return (
    <>
      <p className="govuk-body">
        <Link className="govuk-back-link" to="/akun">
          {t('account.back')}
        </Link>
      </p>
      {account.isPending ? (
        <Loading />
      ) : account.isError ? (
        <>
          <PageHeading>{t('admin.accountsTitle')}</PageHeading>
          <Failed error={account.error} retry={() => void account.refetch()} />
        </>
      ) : (
        <>
          <PageHeading caption={account.data.username}>{account.data.name}</PageHeading>
          <p className="govuk-body">
            {account.data.disabled ? (
              <Tag colour="red">{t('admin.disabled')}</Tag>
            ) : (
              <Tag colour="green">{t('admin.active')}</Tag>
            )}{' '}
            {account.data.roles.map((role) => t(`roles.${role}`)).join(', ')}
          </p>
          <dl className="govuk-summary-list">
            <div className="govuk-summary-list__row">
              <dt className="govuk-summary-list__key">{t('admin.nip')}</dt>
              <dd className="govuk-summary-list__value">{account.data.nip ?? '—'}</dd>
            </div>
            <div className="govuk-summary-list__row">
              <dt className="govuk-summary-list__key">{t('admin.unit')}</dt>
              <dd className="govuk-summary-list__value">
                {[account.data.unit, account.data.division].filter(Boolean).join(' · ') || '—'}
              </dd>
            </div>
            <div className="govuk-summary-list__row">
              <dt className="govuk-summary-list__key">{t('admin.email')}</dt>
              <dd className="govuk-summary-list__value">
                {account.data.email ?? '—'}
                {account.data.mailDelivery && (
                  <>
                    {' '}
                    <Tag colour="red">{t('account.mailUndeliverable')}</Tag>
                  </>
                )}
              </dd>
            </div>
          </dl>
          <RolesEditor account={account.data} />
          <h2 className="govuk-heading-m">{t('account.history')}</h2>
          <ScrollingTable label={t('account.history')}>
            <table className="govuk-table">
              <TableHead columns={[t('audit.at'), t('audit.action'), t('audit.actor'), t('tasks.note')]} />
              <tbody className="govuk-table__body">
                {account.data.history.map((entry) => (
                  <tr className="govuk-table__row" key={`${entry.at}-${entry.action}`}>
                    <td className="govuk-table__cell">{dateTime(entry.at)}</td>
                    <td className="govuk-table__cell">{t(`account.action${entry.action}`)}</td>
                    <td className="govuk-table__cell">{entry.by}</td>
                    <td className="govuk-table__cell">{entry.note ?? '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollingTable>
        </>
      )}
    </>
  );
}
