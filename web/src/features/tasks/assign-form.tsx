import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary, type Problem, problemFrom } from '../../components/error-summary';
import { Button, TextField } from '../../components/form';
import { api, data } from '../../lib/api';

/** A supervisor hands a request to another officer (reassignment). */
export function AssignForm({
  requestId,
  onDone,
}: {
  readonly requestId: string;
  readonly onDone: () => void;
}) {
  const { t } = useTranslation();
  const [username, setUsername] = useState('');
  const [problems, setProblems] = useState<Problem[]>([]);
  const assign = useMutation({
    mutationFn: () =>
      data(
        api().POST('/requests/{id}/assignment', {
          params: { path: { id: requestId } },
          body: { username: username.trim() },
        }),
      ),
    onSuccess: () => {
      setUsername('');
      onDone();
    },
    onError: (error) => setProblems([{ ...problemFrom(error), fieldId: 'assign-username' }]),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!username.trim()) {
      return setProblems([
        { message: `${t('tasks.assign')}: ${t('form.required')}`, fieldId: 'assign-username' },
      ]);
    }
    setProblems([]);
    assign.mutate();
  };
  return (
    <form className="inline-form" onSubmit={submit} noValidate>
      <ErrorSummary problems={problems} />
      <TextField
        id="assign-username"
        label={t('tasks.assign')}
        hint={t('tasks.assignHint')}
        value={username}
        width="20"
        error={problems[0]?.message}
        onChange={setUsername}
      />
      <Button type="submit" variant="secondary" busy={assign.isPending}>
        {t('tasks.assignSend')}
      </Button>
    </form>
  );
}
