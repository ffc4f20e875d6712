import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary, type Problem, problemFrom } from '../../components/error-summary';
import { Button, TextField } from '../../components/form';
import { Failed, Loading, PageHeading, Tag } from '../../components/page-parts';
import { api, data } from '../../lib/api';
import { dateTime } from '../../lib/format';

/** Force majeure (Kediri Pasal 18): record it with its decree, end it (extending the deadlines it caught). */
export default function ForceMajeure() {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [from, setFrom] = useState('');
  const [decree, setDecree] = useState('');
  const [problems, setProblems] = useState<Problem[]>([]);
  const status = useQuery({ queryKey: ['force-majeure'], queryFn: () => data(api().GET('/force-majeure')) });
  const refresh = () => client.invalidateQueries({ queryKey: ['force-majeure'] });
  const onError = (error: unknown) => setProblems([problemFrom(error, 'fm')]);
  const declare = useMutation({
    mutationFn: () =>
      data(
        api().POST('/force-majeure', { body: { from: new Date(from).toISOString(), decree: decree.trim() } }),
      ),
    onSuccess: () => void refresh(),
    onError,
  });
  const end = useMutation({
    mutationFn: (id: string) =>
      data(api().POST('/force-majeure/{id}/end', { params: { path: { id } }, body: {} })),
    onSuccess: () => void refresh(),
    onError,
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found: Problem[] = [];
    if (!from) found.push({ message: `${t('admin.fmFrom')}: ${t('form.required')}`, fieldId: 'fm-from' });
    if (decree.trim().length < 5)
      found.push({ message: `${t('admin.fmDecree')}: ${t('form.required')}`, fieldId: 'fm-decree' });
    setProblems(found);
    if (found.length === 0) declare.mutate();
  };
  const errorOf = (id: string) => problems.find((problem) => problem.fieldId === id)?.message;
  return (
    <>
      <ErrorSummary problems={problems} />
      <PageHeading>{t('admin.fmTitle')}</PageHeading>
      <p className="govuk-body">{t('admin.fmLead')}</p>
      {status.isPending ? (
        <Loading />
      ) : status.isError ? (
        <Failed error={status.error} />
      ) : (
        <ul className="govuk-list">
          {status.data.periods.map((period) => (
            <li key={period.id} className="requirement-list__item">
              <p className="govuk-body govuk-!-margin-bottom-1">
                <strong>{period.decree}</strong>{' '}
                {period.to ? (
                  <Tag colour="grey">{t('admin.fmEnded')}</Tag>
                ) : (
                  <Tag colour="red">{t('admin.fmActive')}</Tag>
                )}
              </p>
              <p className="govuk-body-s">
                {dateTime(period.from)} — {period.to ? dateTime(period.to) : '…'}
              </p>
              {!period.to && (
                <Button variant="warning" busy={end.isPending} onClick={() => end.mutate(period.id)}>
                  {t('admin.fmEnd')}
                </Button>
              )}
            </li>
          ))}
        </ul>
      )}
      {!status.data?.active && (
        <form onSubmit={submit} noValidate>
          <TextField
            id="fm-from"
            type="datetime-local"
            label={t('admin.fmFrom')}
            value={from}
            error={errorOf('fm-from')}
            onChange={setFrom}
          />
          <TextField
            id="fm-decree"
            label={t('admin.fmDecree')}
            value={decree}
            error={errorOf('fm-decree')}
            onChange={setDecree}
          />
          <Button type="submit" variant="warning" busy={declare.isPending}>
            {t('admin.fmDeclare')}
          </Button>
        </form>
      )}
    </>
  );
}
