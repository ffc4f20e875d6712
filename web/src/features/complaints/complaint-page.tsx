import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useSession } from '../../app/session';
import { ErrorSummary } from '../../components/error-summary';
import { Button, TextArea } from '../../components/form';
import { Failed, Loading, PageHeading, Tag } from '../../components/page-parts';
import { ApiError, api, data } from '../../lib/api';
import { bytes, dateTime } from '../../lib/format';

/** The complaint's attachment: a short-lived link asked for on click, so it is fresh when used. */
function AttachmentLink({
  id,
  attachment,
}: {
  readonly id: string;
  readonly attachment: { readonly fileName: string; readonly size: number };
}) {
  const { t } = useTranslation();
  const link = useMutation({
    mutationFn: () => data(api().GET('/complaints/{id}/attachment', { params: { path: { id } } })),
    onSuccess: (file) => window.location.assign(file.downloadUrl),
  });
  return (
    <div className="govuk-inset-text">
      <p className="govuk-body govuk-!-margin-bottom-2">
        {t('complaints.attachment')}: {attachment.fileName} ({bytes(attachment.size)})
      </p>
      {link.isError && (
        <p className="govuk-error-message">
          {link.error instanceof ApiError ? link.error.message : String(link.error)}
        </p>
      )}
      <Button variant="secondary" small busy={link.isPending} onClick={() => link.mutate()}>
        {t('complaints.attachmentDownload')}
        <span className="govuk-visually-hidden"> {attachment.fileName}</span>
      </Button>
    </div>
  );
}

/** One complaint (a mail link opens it): its text, answers and history; handlers answer and move it. */
export default function ComplaintPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { hasRole } = useSession();
  const client = useQueryClient();
  const [answer, setAnswer] = useState('');
  const complaint = useQuery({
    queryKey: ['complaint', id],
    queryFn: () => data(api().GET('/complaints/{id}', { params: { path: { id } } })),
  });
  const refresh = () => client.invalidateQueries({ queryKey: ['complaint', id] });
  const reply = useMutation({
    mutationFn: () =>
      data(
        api().POST('/complaints/{id}/answers', { params: { path: { id } }, body: { text: answer.trim() } }),
      ),
    onSuccess: () => {
      setAnswer('');
      void refresh();
    },
  });
  const move = useMutation({
    mutationFn: (status: 'IN_PROGRESS' | 'CLOSED') =>
      data(api().POST('/complaints/{id}/status', { params: { path: { id } }, body: { status } })),
    onSuccess: () => void refresh(),
  });
  if (complaint.isPending) return <Loading />;
  if (complaint.isError) return <Failed error={complaint.error} retry={() => void complaint.refetch()} />;
  const current = complaint.data;
  const failure = reply.error ?? move.error;
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <ErrorSummary
          problems={
            failure
              ? [
                  {
                    message: failure instanceof ApiError ? failure.message : String(failure),
                    fieldId: 'complaint-answer',
                  },
                ]
              : []
          }
        />
        <PageHeading caption={t('complaints.title')}>{current.categoryLabel}</PageHeading>
        <p className="govuk-body">
          <Tag colour={current.overdue ? 'red' : 'blue'}>{current.statusLabel}</Tag> · {t('complaints.due')}:{' '}
          {dateTime(current.dueAt)}
        </p>
        <p className="govuk-body-l">{current.text}</p>
        {current.attachment && <AttachmentLink id={current.id} attachment={current.attachment} />}
        {current.complainant && (
          <p className="govuk-body-s secondary-text">
            {t('complaints.complainant')}: {current.complainant.name ?? current.complainant.username}{' '}
            {current.complainant.unit && `(${current.complainant.unit})`}
          </p>
        )}
        <h2 className="govuk-heading-m">{t('complaints.answers')}</h2>
        {current.answers.length === 0 ? (
          <p className="govuk-body">{t('complaints.noAnswer')}</p>
        ) : (
          current.answers.map((item) => (
            <div className="govuk-inset-text" key={item.at}>
              <p className="govuk-body">{item.text}</p>
              <p className="govuk-body-s secondary-text govuk-!-margin-bottom-0">
                {item.byName ?? item.by} · {dateTime(item.at)}
              </p>
            </div>
          ))
        )}
        {hasRole('AGENCY_ADMIN') && current.status !== 'CLOSED' && (
          <form
            onSubmit={(event) => {
              event.preventDefault();
              reply.mutate();
            }}
            noValidate
          >
            <TextArea
              id="complaint-answer"
              label={t('complaints.answer')}
              value={answer}
              onChange={setAnswer}
            />
            <div className="govuk-button-group">
              <Button type="submit" busy={reply.isPending}>
                {t('complaints.sendAnswer')}
              </Button>
              {current.status === 'RECEIVED' && (
                <Button variant="secondary" onClick={() => move.mutate('IN_PROGRESS')}>
                  {t('complaints.inProgress')}
                </Button>
              )}
            </div>
          </form>
        )}
        {current.status !== 'CLOSED' && !hasRole('AUDITOR') && (
          <Button variant="secondary" onClick={() => move.mutate('CLOSED')}>
            {t('complaints.close')}
          </Button>
        )}
      </div>
    </div>
  );
}
