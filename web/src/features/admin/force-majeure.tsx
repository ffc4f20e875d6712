import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary, type Problem, problemFrom } from '../../components/error-summary';
import { Button, TextField } from '../../components/form';
import { Failed, Loading, PageHeading, Success, Tag } from '../../components/page-parts';
import { api, data, type Schemas } from '../../lib/api';
import { dateTime, instantOf, localInput } from '../../lib/format';

type Period = Schemas['ForceMajeure'];

/** A period recorded ahead, before it begins: its start, decree and note corrected, or withdrawn. */
function Correction({
  period,
  onDone,
  onProblems,
}: {
  readonly period: Period;
  readonly onDone: (message: string) => void;
  readonly onProblems: (problems: Problem[]) => void;
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [from, setFrom] = useState(localInput(period.from));
  const [decree, setDecree] = useState(period.decree);
  const [note, setNote] = useState(period.note ?? '');
  const [problems, setProblems] = useState<Problem[]>([]);
  const prefix = `fm-${period.id.slice(0, 8)}`;
  const fail = (error: unknown) => {
    const found = [problemFrom(error, prefix)];
    setProblems(found);
    onProblems(found);
  };
  const correct = useMutation({
    mutationFn: () =>
      data(
        api().PATCH('/force-majeure/{id}', {
          params: { path: { id: period.id } },
          body: {
            ...(from !== localInput(period.from) && { from: instantOf(from) }),
            ...(decree.trim() !== period.decree && { decree: decree.trim() }),
            ...(note.trim() && note.trim() !== period.note && { note: note.trim() }),
          },
        }),
      ),
    onSuccess: () => {
      setOpen(false);
      onDone(t('fm.corrected'));
    },
    onError: fail,
  });
  const withdraw = useMutation({
    mutationFn: () => data(api().DELETE('/force-majeure/{id}', { params: { path: { id: period.id } } })),
    onSuccess: () => onDone(t('fm.withdrawn')),
    onError: fail,
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found: Problem[] = [];
    if (!from)
      found.push({ message: `${t('admin.fmFrom')}: ${t('form.required')}`, fieldId: `${prefix}-from` });
    if (decree.trim().length < 5)
      found.push({ message: `${t('admin.fmDecree')}: ${t('form.required')}`, fieldId: `${prefix}-decree` });
    setProblems(found);
    onProblems(found);
    if (found.length === 0) correct.mutate();
  };
  const errorOf = (id: string) => problems.find((problem) => problem.fieldId === id)?.message;
  if (!open) {
    return (
      <div className="govuk-button-group">
        <Button variant="secondary" small onClick={() => setOpen(true)}>
          {t('fm.correct')}
          <span className="govuk-visually-hidden"> {period.decree}</span>
        </Button>
        <Button variant="warning" small busy={withdraw.isPending} onClick={() => withdraw.mutate()}>
          {t('fm.withdraw')}
          <span className="govuk-visually-hidden"> {period.decree}</span>
        </Button>
      </div>
    );
  }
  return (
    <form onSubmit={submit} noValidate className="govuk-inset-text" aria-label={t('fm.correct')}>
      <TextField
        id={`${prefix}-from`}
        type="datetime-local"
        label={t('admin.fmFrom')}
        value={from}
        error={errorOf(`${prefix}-from`)}
        onChange={setFrom}
      />
      <TextField
        id={`${prefix}-decree`}
        label={t('admin.fmDecree')}
        value={decree}
        error={errorOf(`${prefix}-decree`)}
        onChange={setDecree}
      />
      <TextField
        id={`${prefix}-note`}
        label={t('fm.note')}
        optional
        value={note}
        error={errorOf(`${prefix}-note`)}
        onChange={setNote}
      />
      <div className="govuk-button-group">
        <Button type="submit" busy={correct.isPending}>
          {t('fm.saveCorrection')}
        </Button>
        <Button variant="secondary" onClick={() => setOpen(false)}>
          {t('form.cancel')}
        </Button>
      </div>
    </form>
  );
}

/**
 * Force majeure (Kediri Pasal 18): record it with its decree (running, ahead, or already over),
 * correct or withdraw one recorded ahead, end a running one (extending the deadlines it caught).
 */
export default function ForceMajeure() {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [decree, setDecree] = useState('');
  const [note, setNote] = useState('');
  const [problems, setProblems] = useState<Problem[]>([]);
  const [done, setDone] = useState<string>();
  const status = useQuery({ queryKey: ['force-majeure'], queryFn: () => data(api().GET('/force-majeure')) });
  const refresh = () => client.invalidateQueries({ queryKey: ['force-majeure'] });
  const onError = (error: unknown) => setProblems([problemFrom(error, 'fm')]);
  const declare = useMutation({
    mutationFn: () =>
      data(
        api().POST('/force-majeure', {
          body: {
            from: new Date(from).toISOString(),
            ...(to && { to: new Date(to).toISOString() }),
            decree: decree.trim(),
            ...(note.trim() && { note: note.trim() }),
          },
        }),
      ),
    onSuccess: () => {
      setFrom('');
      setTo('');
      setDecree('');
      setNote('');
      setDone(t('fm.declared'));
      void refresh();
    },
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
    setDone(undefined);
    const found: Problem[] = [];
    if (!from) found.push({ message: `${t('admin.fmFrom')}: ${t('form.required')}`, fieldId: 'fm-from' });
    if (decree.trim().length < 5)
      found.push({ message: `${t('admin.fmDecree')}: ${t('form.required')}`, fieldId: 'fm-decree' });
    setProblems(found);
    if (found.length === 0) declare.mutate();
  };
  const errorOf = (id: string) => problems.find((problem) => problem.fieldId === id)?.message;
  const now = new Date().toISOString();
  return (
    <>
      <ErrorSummary problems={problems} />
      {done && <Success>{done}</Success>}
      <PageHeading>{t('admin.fmTitle')}</PageHeading>
      <p className="govuk-body">{t('admin.fmLead')}</p>
      {status.isPending ? (
        <Loading />
      ) : status.isError ? (
        <Failed error={status.error} retry={() => void status.refetch()} />
      ) : (
        <ul className="govuk-list" aria-label={t('fm.periods')}>
          {status.data.periods.map((period) => {
            const ahead = period.from > now;
            return (
              <li key={period.id} className="requirement-list__item">
                <p className="govuk-body govuk-!-margin-bottom-1">
                  <strong>{period.decree}</strong>{' '}
                  {ahead ? (
                    <Tag colour="yellow">{t('fm.ahead')}</Tag>
                  ) : period.to ? (
                    <Tag colour="grey">{t('admin.fmEnded')}</Tag>
                  ) : (
                    <Tag colour="red">{t('admin.fmActive')}</Tag>
                  )}
                </p>
                <p className="govuk-body-s govuk-!-margin-bottom-1">
                  {dateTime(period.from)} — {period.to ? dateTime(period.to) : '…'}
                </p>
                {period.note && <p className="govuk-body-s govuk-!-margin-bottom-1">{period.note}</p>}
                {period.extension && (
                  <p className="govuk-body-s secondary-text">
                    {t('fm.extension', {
                      days: period.extension.workingDays,
                      requests: period.extension.requests,
                    })}
                  </p>
                )}
                {ahead ? (
                  <Correction
                    period={period}
                    onProblems={setProblems}
                    onDone={(message) => {
                      setProblems([]);
                      setDone(message);
                      void refresh();
                    }}
                  />
                ) : (
                  !period.to && (
                    <Button variant="warning" busy={end.isPending} onClick={() => end.mutate(period.id)}>
                      {t('admin.fmEnd')}
                    </Button>
                  )
                )}
              </li>
            );
          })}
        </ul>
      )}
      {!status.data?.active && (
        <form onSubmit={submit} noValidate aria-labelledby="fm-new">
          <h2 className="govuk-heading-m" id="fm-new">
            {t('fm.new')}
          </h2>
          <TextField
            id="fm-from"
            type="datetime-local"
            label={t('admin.fmFrom')}
            hint={t('fm.fromHint')}
            value={from}
            error={errorOf('fm-from')}
            onChange={setFrom}
          />
          <TextField
            id="fm-to"
            type="datetime-local"
            label={t('fm.to')}
            hint={t('fm.toHint')}
            optional
            value={to}
            error={errorOf('fm-to')}
            onChange={setTo}
          />
          <TextField
            id="fm-decree"
            label={t('admin.fmDecree')}
            value={decree}
            error={errorOf('fm-decree')}
            onChange={setDecree}
          />
          <TextField id="fm-note" label={t('fm.note')} optional value={note} onChange={setNote} />
          <Button type="submit" variant="warning" busy={declare.isPending}>
            {t('admin.fmDeclare')}
          </Button>
        </form>
      )}
    </>
  );
}
