import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary, type Problem, problemFrom } from '../../components/error-summary';
import { Button, Select, TextField } from '../../components/form';
import { Failed, Loading, PageHeading, Tag } from '../../components/page-parts';
import { ScrollingTable, TableHead } from '../../components/table';
import { api, data } from '../../lib/api';
import { date } from '../../lib/format';

const EMPTY = {
  username: '',
  name: '',
  nip: '',
  position: '',
  basis: '',
  validFrom: '',
  validUntil: '',
  acting: '',
};

/**
 * Who may sign each service's documents (Kediri Pasal 11): the PPK's own authority and its
 * delegations, including acting officials (Plt./Plh.) with the decree that appoints them.
 */
export default function SigningAuthorities() {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [service, setService] = useState('KGB');
  const [form, setForm] = useState(EMPTY);
  const [problems, setProblems] = useState<Problem[]>([]);
  const services = useQuery({ queryKey: ['services'], queryFn: () => data(api().GET('/services')) });
  const list = useQuery({
    queryKey: ['authorities', service],
    queryFn: () =>
      data(api().GET('/signing-authorities', { params: { query: { serviceType: service as 'KGB' } } })),
  });
  const refresh = () => client.invalidateQueries({ queryKey: ['authorities'] });
  const save = useMutation({
    mutationFn: () =>
      data(
        api().PUT('/signing-authorities/{serviceType}/{username}', {
          params: { path: { serviceType: service as 'KGB', username: form.username.trim() } },
          body: {
            name: form.name.trim(),
            position: form.position.trim(),
            basis: form.basis.trim(),
            validFrom: form.validFrom,
            ...(form.nip.trim() && { nip: form.nip.trim() }),
            ...(form.validUntil && { validUntil: form.validUntil }),
            ...(form.acting && { acting: form.acting as 'PLT' | 'PLH' }),
          },
        }),
      ),
    onSuccess: () => {
      setForm(EMPTY);
      void refresh();
    },
    onError: (error) => setProblems([problemFrom(error, 'authority')]),
  });
  const remove = useMutation({
    mutationFn: (username: string) =>
      data(
        api().DELETE('/signing-authorities/{serviceType}/{username}', {
          params: { path: { serviceType: service as 'KGB', username } },
        }),
      ),
    onSuccess: () => void refresh(),
    onError: (error) => setProblems([problemFrom(error)]),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const required: Array<[keyof typeof EMPTY, string]> = [
      ['username', t('admin.username')],
      ['name', t('admin.name')],
      ['position', t('verify.position')],
      ['basis', t('admin.basis')],
      ['validFrom', t('admin.validFrom')],
    ];
    const found = required
      .filter(([field]) => !form[field].trim())
      .map(([field, label]) => ({
        message: `${label}: ${t('form.required')}`,
        fieldId: `authority-${field}`,
      }));
    setProblems(found);
    if (found.length === 0) save.mutate();
  };
  const errorOf = (id: string) => problems.find((problem) => problem.fieldId === id)?.message;
  const field = (
    name: keyof typeof EMPTY,
    label: string,
    extra: Partial<Parameters<typeof TextField>[0]> = {},
  ) => (
    <TextField
      id={`authority-${name}`}
      label={label}
      value={form[name]}
      error={errorOf(`authority-${name}`)}
      onChange={(value) => setForm({ ...form, [name]: value })}
      {...extra}
    />
  );
  return (
    <>
      <ErrorSummary problems={problems} />
      <PageHeading>{t('admin.authoritiesTitle')}</PageHeading>
      <p className="govuk-body">{t('admin.authoritiesLead')}</p>
      <Select
        id="authority-service"
        label={t('request.service')}
        value={service}
        options={(services.data?.items ?? []).map((item) => ({ value: item.code, label: item.name }))}
        onChange={setService}
      />
      {list.isPending ? (
        <Loading />
      ) : list.isError ? (
        <Failed error={list.error} retry={() => void list.refetch()} />
      ) : (
        <ScrollingTable label={t('admin.authoritiesTitle')}>
          <table className="govuk-table">
            <TableHead
              columns={[
                t('admin.name'),
                t('verify.position'),
                t('admin.basis'),
                t('admin.validFrom'),
                <span key="remove" className="govuk-visually-hidden">
                  {t('admin.delete')}
                </span>,
              ]}
            />
            <tbody className="govuk-table__body">
              {list.data.items.map((authority) => (
                <tr className="govuk-table__row" key={authority.username}>
                  <td className="govuk-table__cell">
                    {authority.name}
                    <br />
                    <code className="govuk-body-s">{authority.username}</code>
                  </td>
                  <td className="govuk-table__cell">
                    {authority.acting && (
                      <Tag colour="purple">{authority.acting === 'PLT' ? 'Plt.' : 'Plh.'}</Tag>
                    )}{' '}
                    {authority.position}
                  </td>
                  <td className="govuk-table__cell">{authority.basis}</td>
                  <td className="govuk-table__cell">
                    {date(authority.validFrom)}
                    {authority.validUntil && ` — ${date(authority.validUntil)}`}
                  </td>
                  <td className="govuk-table__cell">
                    <Button variant="warning" small onClick={() => remove.mutate(authority.username)}>
                      {t('admin.delete')}
                      <span className="govuk-visually-hidden"> {authority.name}</span>
                    </Button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollingTable>
      )}
      <h2 className="govuk-heading-m">{t('admin.authorityAdd')}</h2>
      <form onSubmit={submit} noValidate>
        {field('username', t('admin.username'), { width: '20' })}
        {field('name', t('admin.name'))}
        {field('nip', t('admin.nip'), { optional: true, inputMode: 'numeric', width: '20' })}
        {field('position', t('verify.position'))}
        {field('basis', t('admin.basis'), { hint: t('admin.basisHint') })}
        {field('validFrom', t('admin.validFrom'), { type: 'date', width: '20' })}
        {field('validUntil', t('admin.validUntil'), { type: 'date', optional: true, width: '20' })}
        <Select
          id="authority-acting"
          label={t('admin.acting')}
          value={form.acting}
          placeholder={t('admin.actingNone')}
          options={[
            { value: 'PLT', label: 'Plt. (pelaksana tugas)' },
            { value: 'PLH', label: 'Plh. (pelaksana harian)' },
          ]}
          onChange={(acting) => setForm({ ...form, acting })}
        />
        <Button type="submit" busy={save.isPending}>
          {t('admin.authoritySave')}
        </Button>
      </form>
    </>
  );
}
