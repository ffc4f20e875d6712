import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary, type Problem, problemFrom } from '../../components/error-summary';
import { Button, TextArea, TextField } from '../../components/form';
import { Failed, Loading, PageHeading } from '../../components/page-parts';
import { api, data } from '../../lib/api';
import { dateTime } from '../../lib/format';

/** Announcements (Kediri Pasal 4(3)a): Markdown, for everyone; all of them listed, each removable. */
export default function Announcements() {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [title, setTitle] = useState('');
  const [body, setBody] = useState('');
  const [problems, setProblems] = useState<Problem[]>([]);
  const list = useQuery({
    queryKey: ['announcements', 'all'],
    queryFn: () => data(api().GET('/announcements', { params: { query: { all: 'true' } } })),
  });
  const refresh = () => client.invalidateQueries({ queryKey: ['announcements'] });
  const publish = useMutation({
    mutationFn: () =>
      data(
        api().POST('/announcements', {
          body: { title: title.trim(), body: body.trim(), audience: { kind: 'ALL' } },
        }),
      ),
    onSuccess: () => {
      setTitle('');
      setBody('');
      void refresh();
    },
    onError: (error) => setProblems([problemFrom(error, 'announcement')]),
  });
  const remove = useMutation({
    mutationFn: (id: string) => data(api().DELETE('/announcements/{id}', { params: { path: { id } } })),
    onSuccess: () => void refresh(),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found: Problem[] = [];
    if (title.trim().length < 3)
      found.push({ message: `${t('admin.annTitle')}: ${t('form.required')}`, fieldId: 'announcement-title' });
    if (!body.trim())
      found.push({ message: `${t('admin.annBody')}: ${t('form.required')}`, fieldId: 'announcement-body' });
    setProblems(found);
    if (found.length === 0) publish.mutate();
  };
  const errorOf = (id: string) => problems.find((problem) => problem.fieldId === id)?.message;
  return (
    <>
      <ErrorSummary problems={problems} />
      <PageHeading>{t('admin.announcementsTitle')}</PageHeading>
      <form onSubmit={submit} noValidate>
        <TextField
          id="announcement-title"
          label={t('admin.annTitle')}
          value={title}
          error={errorOf('announcement-title')}
          onChange={setTitle}
        />
        <TextArea
          id="announcement-body"
          label={t('admin.annBody')}
          value={body}
          rows={6}
          error={errorOf('announcement-body')}
          onChange={setBody}
        />
        <Button type="submit" busy={publish.isPending}>
          {t('admin.publish')}
        </Button>
      </form>
      {list.isPending ? (
        <Loading />
      ) : list.isError ? (
        <Failed error={list.error} />
      ) : (
        <ul className="govuk-list">
          {list.data.items.map((item) => (
            <li key={item.id} className="requirement-list__item">
              <h2 className="govuk-heading-s govuk-!-margin-bottom-1">{item.title}</h2>
              <p className="govuk-body-s secondary-text">
                {dateTime(item.publishAt)} · {item.audience.kind}
              </p>
              <Button variant="warning" small onClick={() => remove.mutate(item.id)}>
                {t('admin.delete')}
                <span className="govuk-visually-hidden"> {item.title}</span>
              </Button>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
