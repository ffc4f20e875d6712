import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useSession } from '../../app/session';
import { ErrorSummary, type Problem, problemFrom } from '../../components/error-summary';
import { Button, FileField, Select, TextArea } from '../../components/form';
import { Failed, Loading, PageHeading, Progress, Tag } from '../../components/page-parts';
import { ApiError, api, data, sniffType, uploadFile } from '../../lib/api';
import { dateTime } from '../../lib/format';

const CATEGORIES = ['LAYANAN', 'PETUGAS', 'SISTEM', 'LAINNYA'] as const;
const STATUSES = ['RECEIVED', 'IN_PROGRESS', 'ANSWERED', 'CLOSED'] as const;

function NewComplaint() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const client = useQueryClient();
  const [category, setCategory] = useState('');
  const [text, setText] = useState('');
  const [file, setFile] = useState<File>();
  const [progress, setProgress] = useState<number>();
  const [problems, setProblems] = useState<Problem[]>([]);
  const key = useMemo(() => crypto.randomUUID(), []);
  const send = useMutation({
    mutationFn: async () => {
      // The attachment goes to storage by its own presigned URL; the complaint names it first.
      const contentType = file ? await sniffType(file) : undefined;
      if (file && !contentType)
        throw new ApiError(400, 'TYPE', t('request.wrongType'), 'attachment.contentType');
      const complaint = await data(
        api().POST('/complaints', {
          body: {
            category: category as (typeof CATEGORIES)[number],
            text: text.trim(),
            ...(file && contentType && { attachment: { fileName: file.name, contentType, size: file.size } }),
          },
          headers: { 'idempotency-key': key },
        }),
      );
      if (file && contentType && complaint.uploadUrl) {
        setProgress(0);
        await uploadFile(complaint.uploadUrl, file, { 'content-type': contentType }, setProgress);
      }
      return complaint;
    },
    onSettled: () => setProgress(undefined),
    onSuccess: (complaint) => {
      void client.invalidateQueries({ queryKey: ['complaints'] });
      navigate(`/pengaduan/${complaint.id}`);
    },
    onError: (error) => {
      const problem = problemFrom(error, 'complaint');
      // Every problem with the attachment (its name, type or size) belongs to the file field.
      setProblems([
        problem.fieldId?.startsWith('complaint-attachment')
          ? { ...problem, fieldId: 'complaint-attachment' }
          : problem,
      ]);
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found: Problem[] = [];
    if (!category)
      found.push({
        message: `${t('complaints.category')}: ${t('form.required')}`,
        fieldId: 'complaint-category',
      });
    if (text.trim().length < 10)
      found.push({
        message: `${t('complaints.text')}: ${t('complaints.textHint')}`,
        fieldId: 'complaint-text',
      });
    setProblems(found);
    if (found.length === 0) send.mutate();
  };
  const errorOf = (id: string) => problems.find((problem) => problem.fieldId === id)?.message;
  return (
    <section aria-labelledby="new-complaint">
      <ErrorSummary problems={problems} />
      <h2 className="govuk-heading-m" id="new-complaint">
        {t('complaints.new')}
      </h2>
      <form onSubmit={submit} noValidate>
        <Select
          id="complaint-category"
          label={t('complaints.category')}
          value={category}
          placeholder={t('form.choose')}
          error={errorOf('complaint-category')}
          options={CATEGORIES.map((value) => ({
            value,
            label: value.charAt(0) + value.slice(1).toLowerCase(),
          }))}
          onChange={setCategory}
        />
        <TextArea
          id="complaint-text"
          label={t('complaints.text')}
          hint={t('complaints.textHint')}
          value={text}
          error={errorOf('complaint-text')}
          onChange={setText}
        />
        <FileField
          id="complaint-attachment"
          label={t('complaints.attachment')}
          hint={t('complaints.attachmentHint')}
          optional
          error={errorOf('complaint-attachment')}
          onChange={setFile}
        />
        {progress !== undefined && <Progress label={t('complaints.uploading')} value={progress} />}
        <Button type="submit" busy={send.isPending}>
          {t('complaints.send')}
        </Button>
      </form>
    </section>
  );
}

/** Complaints: the caller's own, or (the management team) everyone's by status; and a new one. */
export default function Complaints() {
  const { t } = useTranslation();
  const { hasRole } = useSession();
  const handler = hasRole('AGENCY_ADMIN');
  const [status, setStatus] = useState<(typeof STATUSES)[number]>('RECEIVED');
  const list = useQuery({
    queryKey: ['complaints', handler, status],
    queryFn: () =>
      data(
        api().GET('/complaints', {
          params: { query: { scope: handler ? 'all' : 'mine', status, limit: 50 } },
        }),
      ),
  });
  return (
    <>
      <PageHeading>{t('complaints.title')}</PageHeading>
      <p className="govuk-body">{t('complaints.lead')}</p>
      <Select
        id="complaint-status"
        label={t('complaints.filter')}
        value={status}
        options={STATUSES.map((value) => ({ value, label: value }))}
        onChange={(value) => setStatus(value as (typeof STATUSES)[number])}
      />
      {list.isPending ? (
        <Loading />
      ) : list.isError ? (
        <Failed error={list.error} retry={() => void list.refetch()} />
      ) : list.data.items.length === 0 ? (
        <p className="govuk-body">{t('complaints.none')}</p>
      ) : (
        <ul className="govuk-list">
          {list.data.items.map((complaint) => (
            <li key={complaint.id} className="requirement-list__item">
              <Link className="govuk-link" to={`/pengaduan/${complaint.id}`}>
                {complaint.categoryLabel}
              </Link>{' '}
              <Tag colour={complaint.overdue ? 'red' : 'blue'}>{complaint.statusLabel}</Tag>
              <p className="govuk-body-s govuk-!-margin-bottom-0">
                {complaint.text.slice(0, 140)} · {t('complaints.due')}: {dateTime(complaint.dueAt)}
              </p>
            </li>
          ))}
        </ul>
      )}
      {!hasRole('AGENCY_ADMIN') && <NewComplaint />}
    </>
  );
}
