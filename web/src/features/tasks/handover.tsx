import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary, type Problem, problemFrom } from '../../components/error-summary';
import { Button, TextArea, TextField } from '../../components/form';
import { api, data } from '../../lib/api';

/**
 * A document handed over on paper at the counter (Kediri Pasal 13): staff record who received
 * it; the request is then complete.
 */
export function HandoverForm({
  requestId,
  onDone,
}: {
  readonly requestId: string;
  readonly onDone: () => void;
}) {
  const { t } = useTranslation();
  const [recipientName, setRecipientName] = useState('');
  const [note, setNote] = useState('');
  const [problems, setProblems] = useState<Problem[]>([]);
  const record = useMutation({
    mutationFn: () =>
      data(
        api().POST('/requests/{id}/handover', {
          params: { path: { id: requestId } },
          body: { recipientName: recipientName.trim(), ...(note.trim() && { note: note.trim() }) },
        }),
      ),
    onSuccess: onDone,
    onError: (error) => setProblems([problemFrom(error, 'handover')]),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!recipientName.trim()) {
      return setProblems([
        { message: `${t('tasks.recipient')}: ${t('form.required')}`, fieldId: 'handover-recipientName' },
      ]);
    }
    setProblems([]);
    record.mutate();
  };
  const errorOf = (id: string) => problems.find((problem) => problem.fieldId === id)?.message;
  return (
    <section className="action-panel" aria-labelledby="handover-heading">
      <ErrorSummary problems={problems} />
      <h3 className="govuk-heading-s" id="handover-heading">
        {t('tasks.handover')}
      </h3>
      <p className="govuk-body-s">{t('handover.lead')}</p>
      <form onSubmit={submit} noValidate>
        <TextField
          id="handover-recipientName"
          label={t('tasks.recipient')}
          hint={t('handover.recipientHint')}
          value={recipientName}
          error={errorOf('handover-recipientName')}
          onChange={setRecipientName}
        />
        <TextArea
          id="handover-note"
          label={t('tasks.note')}
          optional
          rows={2}
          value={note}
          error={errorOf('handover-note')}
          onChange={setNote}
        />
        <Button type="submit" busy={record.isPending}>
          {t('handover.save')}
        </Button>
      </form>
    </section>
  );
}
