import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorSummary, type Problem, problemFrom } from '../../components/error-summary';
import { Button, Select, TextField } from '../../components/form';
import { Failed, Loading, PageHeading, Tag } from '../../components/page-parts';
import { ScrollingTable, TableHead } from '../../components/table';
import { api, data } from '../../lib/api';
import { ROLES, type Role } from '../../lib/roles';

/** Accounts and roles (Kediri Pasal 5(3)): list by role, create, enable or disable, reset a password. */
export default function Accounts() {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [role, setRole] = useState<Role>('ASN');
  const [form, setForm] = useState({ username: '', nip: '', role: 'ASN', email: '' });
  const [problems, setProblems] = useState<Problem[]>([]);
  const list = useQuery({
    queryKey: ['accounts', role],
    queryFn: () => data(api().GET('/accounts', { params: { query: { role } } })),
  });
  const refresh = () => client.invalidateQueries({ queryKey: ['accounts'] });
  const create = useMutation({
    mutationFn: () =>
      data(
        api().POST('/accounts', {
          body: {
            username: form.username.trim(),
            nip: form.nip.trim(),
            roles: [form.role as Role],
            ...(form.email.trim() && { email: form.email.trim() }),
          },
        }),
      ),
    onSuccess: () => {
      setForm({ username: '', nip: '', role: 'ASN', email: '' });
      void refresh();
    },
    onError: (error) => setProblems([problemFrom(error, 'account')]),
  });
  const toggle = useMutation({
    mutationFn: ({ username, enabled }: { username: string; enabled: boolean }) =>
      data(api().PUT('/accounts/{username}/status', { params: { path: { username } }, body: { enabled } })),
    onSuccess: () => void refresh(),
    onError: (error) => setProblems([problemFrom(error, 'account')]),
  });
  const reset = useMutation({
    mutationFn: (username: string) =>
      data(api().POST('/accounts/{username}/password-reset', { params: { path: { username } } })),
    onError: (error) => setProblems([problemFrom(error, 'account')]),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found: Problem[] = [];
    if (!form.username.trim())
      found.push({ message: `${t('admin.username')}: ${t('form.required')}`, fieldId: 'account-username' });
    if (!/^\d{18}$/.test(form.nip.trim()))
      found.push({ message: `${t('admin.nip')}: ${t('request.applicantNipHint')}`, fieldId: 'account-nip' });
    setProblems(found);
    if (found.length === 0) create.mutate();
  };
  const errorOf = (id: string) => problems.find((problem) => problem.fieldId === id)?.message;
  const roleOptions = ROLES.map((value) => ({ value, label: t(`roles.${value}`) }));
  return (
    <>
      <ErrorSummary problems={problems} />
      <PageHeading>{t('admin.accountsTitle')}</PageHeading>
      <Select
        id="accounts-role"
        label={t('admin.role')}
        value={role}
        options={roleOptions}
        onChange={(value) => setRole(value as Role)}
      />
      {list.isPending ? (
        <Loading />
      ) : list.isError ? (
        <Failed error={list.error} retry={() => void list.refetch()} />
      ) : (
        <ScrollingTable label={t('admin.accountsTitle')}>
          <table className="govuk-table">
            <TableHead
              columns={[
                t('admin.username'),
                t('admin.name'),
                t('admin.status'),
                <span key="actions" className="govuk-visually-hidden">
                  {t('admin.status')}
                </span>,
              ]}
            />
            <tbody className="govuk-table__body">
              {list.data.items.map((account) => (
                <tr className="govuk-table__row" key={account.username}>
                  <td className="govuk-table__cell">
                    <Link className="govuk-link" to={`/akun/${account.username}`}>
                      <code>{account.username}</code>
                    </Link>
                  </td>
                  <td className="govuk-table__cell">
                    {account.name}
                    <br />
                    <span className="govuk-body-s secondary-text">{account.unit}</span>
                  </td>
                  <td className="govuk-table__cell">
                    {account.disabled ? (
                      <Tag colour="red">{t('admin.disabled')}</Tag>
                    ) : (
                      <Tag colour="green">{t('admin.active')}</Tag>
                    )}
                  </td>
                  <td className="govuk-table__cell">
                    <div className="govuk-button-group">
                      <Button
                        variant={account.disabled ? 'secondary' : 'warning'}
                        small
                        onClick={() =>
                          toggle.mutate({ username: account.username, enabled: account.disabled === true })
                        }
                      >
                        {account.disabled ? t('admin.enable') : t('admin.disable')}
                        <span className="govuk-visually-hidden"> {account.username}</span>
                      </Button>
                      <Button variant="secondary" small onClick={() => reset.mutate(account.username)}>
                        {t('admin.resetPassword')}
                        <span className="govuk-visually-hidden"> {account.username}</span>
                      </Button>
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollingTable>
      )}
      <h2 className="govuk-heading-m">{t('admin.createAccount')}</h2>
      <form onSubmit={submit} noValidate>
        <TextField
          id="account-username"
          label={t('admin.username')}
          value={form.username}
          error={errorOf('account-username')}
          onChange={(username) => setForm({ ...form, username })}
          width="20"
        />
        <TextField
          id="account-nip"
          label={t('admin.nip')}
          value={form.nip}
          inputMode="numeric"
          error={errorOf('account-nip')}
          onChange={(nip) => setForm({ ...form, nip })}
          width="20"
        />
        <Select
          id="account-role"
          label={t('admin.roles')}
          value={form.role}
          options={roleOptions}
          onChange={(value) => setForm({ ...form, role: value })}
        />
        <TextField
          id="account-email"
          type="email"
          label={t('admin.email')}
          optional
          value={form.email}
          error={errorOf('account-email')}
          onChange={(email) => setForm({ ...form, email })}
        />
        <Button type="submit" busy={create.isPending}>
          {t('admin.create')}
        </Button>
      </form>
    </>
  );
}
