import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary, type Problem, problemFrom } from '../../components/error-summary';
import { Button, Radios, Select, TextArea, TextField } from '../../components/form';
import { Failed, Loading, PageHeading, Success, Tag } from '../../components/page-parts';
import { api, data, type Schemas } from '../../lib/api';
import { dateTime, instantOf, localInput } from '../../lib/format';
import { ROLES, type Role } from '../../lib/roles';

type Announcement = Schemas['Announcement'];

const EMPTY = { title: '', body: '', kind: 'ALL', unit: '', role: '', publishAt: '', expiresAt: '' };
type Draft = typeof EMPTY;

/** The API's field names as this form's element ids. */
const FIELDS: Readonly<Record<string, string>> = {
  title: 'announcement-title',
  body: 'announcement-body',
  audience: 'announcement-audience',
  'audience.kind': 'announcement-audience',
  'audience.unit': 'announcement-unit',
  'audience.role': 'announcement-role',
  publishAt: 'announcement-publishAt',
  expiresAt: 'announcement-expiresAt',
};

function draftOf(item: Announcement): Draft {
  return {
    title: item.title,
    body: item.body,
    kind: item.audience.kind,
    unit: item.audience.kind === 'UNIT' ? item.audience.unit : '',
    role: item.audience.kind === 'ROLE' ? item.audience.role : '',
    publishAt: localInput(item.publishAt),
    expiresAt: localInput(item.expiresAt),
  };
}

function bodyOf(draft: Draft) {
  const publishAt = instantOf(draft.publishAt);
  const expiresAt = instantOf(draft.expiresAt);
  return {
    title: draft.title.trim(),
    body: draft.body.trim(),
    audience:
      draft.kind === 'UNIT'
        ? { kind: 'UNIT' as const, unit: draft.unit.trim() }
        : draft.kind === 'ROLE'
          ? { kind: 'ROLE' as const, role: draft.role as Role }
          : { kind: 'ALL' as const },
    ...(publishAt && { publishAt }),
    ...(expiresAt && { expiresAt }),
  };
}

/**
 * Announcements (Kediri Pasal 4(3)a): Markdown, for everyone, one unit or one role, shown from a
 * chosen time until an optional end; each listed with its audience, editable and removable.
 */
export default function Announcements() {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const [editing, setEditing] = useState<string>();
  const [saved, setSaved] = useState(false);
  const [problems, setProblems] = useState<Problem[]>([]);
  const list = useQuery({
    queryKey: ['announcements', 'all'],
    queryFn: () => data(api().GET('/announcements', { params: { query: { all: 'true' } } })),
  });
  const refresh = () => client.invalidateQueries({ queryKey: ['announcements'] });
  const publish = useMutation({
    mutationFn: () =>
      data(
        editing
          ? api().PUT('/announcements/{id}', { params: { path: { id: editing } }, body: bodyOf(draft) })
          : api().POST('/announcements', { body: bodyOf(draft) }),
      ),
    onSuccess: () => {
      setDraft(EMPTY);
      setEditing(undefined);
      setSaved(true);
      void refresh();
    },
    onError: (error) => setProblems([problemFrom(error, FIELDS)]),
  });
  const remove = useMutation({
    mutationFn: (id: string) => data(api().DELETE('/announcements/{id}', { params: { path: { id } } })),
    onSuccess: () => void refresh(),
    onError: (error) => setProblems([problemFrom(error)]),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    const found: Problem[] = [];
    const required = (fieldId: string, label: string) =>
      found.push({ message: `${label}: ${t('form.required')}`, fieldId });
    if (draft.title.trim().length < 3) required('announcement-title', t('admin.annTitle'));
    if (!draft.body.trim()) required('announcement-body', t('admin.annBody'));
    if (draft.kind === 'UNIT' && !draft.unit.trim()) required('announcement-unit', t('admin.unit'));
    if (draft.kind === 'ROLE' && !draft.role) required('announcement-role', t('admin.role'));
    setProblems(found);
    if (found.length === 0) publish.mutate();
  };
  const errorOf = (id: string) => problems.find((problem) => problem.fieldId === id)?.message;
  const set = (patch: Partial<Draft>) => setDraft((current) => ({ ...current, ...patch }));
  const audienceOf = (item: Announcement) =>
    item.audience.kind === 'UNIT'
      ? `${t('admin.audienceUnit')}: ${item.audience.unit}`
      : item.audience.kind === 'ROLE'
        ? `${t('admin.audienceRole')}: ${t(`roles.${item.audience.role}`)}`
        : t('admin.audienceAll');
  return (
    <>
      <ErrorSummary problems={problems} />
      {saved && <Success>{t('announcement.saved')}</Success>}
      <PageHeading>{t('admin.announcementsTitle')}</PageHeading>
      <form onSubmit={submit} noValidate aria-labelledby="announcement-form">
        <h2 className="govuk-heading-m" id="announcement-form">
          {editing ? t('announcement.edit') : t('announcement.new')}
        </h2>
        <TextField
          id="announcement-title"
          label={t('admin.annTitle')}
          value={draft.title}
          error={errorOf('announcement-title')}
          onChange={(title) => set({ title })}
        />
        <TextArea
          id="announcement-body"
          label={t('admin.annBody')}
          value={draft.body}
          rows={6}
          error={errorOf('announcement-body')}
          onChange={(body) => set({ body })}
        />
        <Radios
          id="announcement-audience"
          name="announcement-audience"
          label={t('admin.audience')}
          value={draft.kind}
          error={errorOf('announcement-audience')}
          options={[
            { value: 'ALL', label: t('admin.audienceAll') },
            { value: 'UNIT', label: t('admin.audienceUnit') },
            { value: 'ROLE', label: t('admin.audienceRole') },
          ]}
          onChange={(kind) => set({ kind })}
        />
        {draft.kind === 'UNIT' && (
          <TextField
            id="announcement-unit"
            label={t('admin.unit')}
            hint={t('announcement.unitHint')}
            width="10"
            value={draft.unit}
            error={errorOf('announcement-unit')}
            onChange={(unit) => set({ unit })}
          />
        )}
        {draft.kind === 'ROLE' && (
          <Select
            id="announcement-role"
            label={t('admin.role')}
            value={draft.role}
            placeholder={t('form.choose')}
            options={ROLES.map((value) => ({ value, label: t(`roles.${value}`) }))}
            error={errorOf('announcement-role')}
            onChange={(role) => set({ role })}
          />
        )}
        <TextField
          id="announcement-publishAt"
          type="datetime-local"
          label={t('announcement.publishAt')}
          hint={t('announcement.publishAtHint')}
          optional
          value={draft.publishAt}
          error={errorOf('announcement-publishAt')}
          onChange={(publishAt) => set({ publishAt })}
        />
        <TextField
          id="announcement-expiresAt"
          type="datetime-local"
          label={t('announcement.expiresAt')}
          optional
          value={draft.expiresAt}
          error={errorOf('announcement-expiresAt')}
          onChange={(expiresAt) => set({ expiresAt })}
        />
        <div className="govuk-button-group">
          <Button type="submit" busy={publish.isPending}>
            {editing ? t('announcement.save') : t('admin.publish')}
          </Button>
          {editing && (
            <Button
              variant="secondary"
              onClick={() => {
                setEditing(undefined);
                setDraft(EMPTY);
                setProblems([]);
              }}
            >
              {t('form.cancel')}
            </Button>
          )}
        </div>
      </form>
      <h2 className="govuk-heading-m">{t('announcement.list')}</h2>
      {list.isPending ? (
        <Loading />
      ) : list.isError ? (
        <Failed error={list.error} retry={() => void list.refetch()} />
      ) : (
        <ul className="govuk-list">
          {list.data.items.map((item) => (
            <li key={item.id} className="requirement-list__item">
              <h3 className="govuk-heading-s govuk-!-margin-bottom-1">{item.title}</h3>
              <p className="govuk-body-s secondary-text">
                <Tag colour={item.audience.kind === 'ALL' ? 'grey' : 'blue'}>{audienceOf(item)}</Tag>{' '}
                {dateTime(item.publishAt)}
                {item.expiresAt && ` — ${dateTime(item.expiresAt)}`}
              </p>
              <div className="govuk-button-group">
                <Button
                  variant="secondary"
                  small
                  onClick={() => {
                    setEditing(item.id);
                    setDraft(draftOf(item));
                    setProblems([]);
                    setSaved(false);
                    document.getElementById('announcement-title')?.focus();
                  }}
                >
                  {t('announcement.editOne')}
                  <span className="govuk-visually-hidden"> {item.title}</span>
                </Button>
                <Button variant="warning" small onClick={() => remove.mutate(item.id)}>
                  {t('admin.delete')}
                  <span className="govuk-visually-hidden"> {item.title}</span>
                </Button>
              </div>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
