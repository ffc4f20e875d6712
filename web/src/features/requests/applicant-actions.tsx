import { useMutation, useQuery } from '@tanstack/react-query';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorSummary, type Problem, problemFrom } from '../../components/error-summary';
import { Button, Radios, TextArea, TextField } from '../../components/form';
import { Failed, Loading, Notice } from '../../components/page-parts';
import { api, data } from '../../lib/api';
import { dateTime } from '../../lib/format';
import type { RequestDetail } from './use-request';

/** Submit (a draft) or resubmit (after correcting deficient documents). */
export function SubmitPanel({
  request,
  onDone,
}: {
  readonly request: RequestDetail;
  readonly onDone: () => void;
}) {
  const { t } = useTranslation();
  const resubmit = request.status === 'DEFICIENT';
  const send = useMutation({
    mutationFn: () =>
      data(
        resubmit
          ? api().POST('/requests/{id}/resubmit', { params: { path: { id: request.id } } })
          : api().POST('/requests/{id}/submit', { params: { path: { id: request.id } } }),
      ),
    onSuccess: onDone,
  });
  return (
    <section className="action-panel" aria-labelledby="submit-heading">
      <ErrorSummary problems={send.isError ? [problemFrom(send.error)] : []} />
      <h2 className="govuk-heading-m" id="submit-heading">
        {resubmit ? t('request.resubmit') : t('request.submit')}
      </h2>
      <p className="govuk-body">{t('request.submitLead')}</p>
      <Button busy={send.isPending} disabled={request.processing} onClick={() => send.mutate()}>
        {resubmit ? t('request.resubmit') : t('request.submit')}
      </Button>
    </section>
  );
}

/** Deficient documents: the list and the deadline, and one extension the applicant may ask for. */
export function DeficiencyPanel({
  request,
  onDone,
}: {
  readonly request: RequestDetail;
  readonly onDone: () => void;
}) {
  const { t } = useTranslation();
  const deficiency = request.deficiency;
  const [reason, setReason] = useState('');
  const [days, setDays] = useState('');
  const [problems, setProblems] = useState<Problem[]>([]);
  const ask = useMutation({
    mutationFn: () =>
      data(
        api().POST('/requests/{id}/extension', {
          params: { path: { id: request.id } },
          body: { reason, days: Number(days) },
        }),
      ),
    onSuccess: onDone,
    onError: (error) =>
      setProblems([problemFrom(error, { reason: 'extension-reason', days: 'extension-days' })]),
  });
  if (!deficiency) return null;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found: Problem[] = [];
    if (reason.trim() === '')
      found.push({
        message: `${t('request.extensionReason')}: ${t('form.required')}`,
        fieldId: 'extension-reason',
      });
    if (!/^\d+$/.test(days))
      found.push({
        message: `${t('request.extensionDays')}: ${t('form.invalidNumber')}`,
        fieldId: 'extension-days',
      });
    setProblems(found);
    if (found.length === 0) ask.mutate();
  };
  const extension = deficiency.extension;
  const fieldError = (id: string) => problems.find((problem) => problem.fieldId === id)?.message;
  return (
    <>
      <Notice title={t('request.deficientTitle')}>
        <p className="govuk-body">{t('request.deficientLead', { due: dateTime(deficiency.dueAt) })}</p>
        <ul className="govuk-list govuk-list--bullet">
          {deficiency.items.map((item) => (
            <li key={item.requirementCode}>
              <strong>{item.requirementCode}</strong>: {item.reason}
            </li>
          ))}
        </ul>
      </Notice>
      {extension ? (
        <p className="govuk-inset-text">
          {extension.decision
            ? t('request.extensionDecided', {
                result: extension.decision.granted ? t('request.granted') : t('request.refused'),
              })
            : t('request.extensionRequested', { days: extension.requestedDays })}
        </p>
      ) : (
        <details className="govuk-details">
          <summary className="govuk-details__summary">
            <span className="govuk-details__summary-text">{t('request.extensionTitle')}</span>
          </summary>
          <div className="govuk-details__text">
            <ErrorSummary problems={problems} />
            <p className="govuk-body">{t('request.extensionLead')}</p>
            <form onSubmit={submit} noValidate>
              <TextArea
                id="extension-reason"
                label={t('request.extensionReason')}
                value={reason}
                onChange={setReason}
                error={fieldError('extension-reason')}
              />
              <TextField
                id="extension-days"
                label={t('request.extensionDays')}
                value={days}
                inputMode="numeric"
                width="10"
                onChange={setDays}
                error={fieldError('extension-days')}
              />
              <Button type="submit" variant="secondary" busy={ask.isPending}>
                {t('request.extensionSend')}
              </Button>
            </form>
          </div>
        </details>
      )}
    </>
  );
}

/** The nine-element satisfaction survey (PermenPANRB 14/2017): the condition of the download. */
export function SurveyForm({
  request,
  onDone,
}: {
  readonly request: RequestDetail;
  readonly onDone: () => void;
}) {
  const { t } = useTranslation();
  const questionnaire = useQuery({
    queryKey: ['questionnaire'],
    queryFn: () => data(api().GET('/surveys/questionnaire')),
    staleTime: Number.POSITIVE_INFINITY,
  });
  const [scores, setScores] = useState<Record<string, string>>({});
  const [comment, setComment] = useState('');
  const [problems, setProblems] = useState<Problem[]>([]);
  const send = useMutation({
    mutationFn: (values: number[]) =>
      data(
        api().POST('/requests/{id}/survey', {
          params: { path: { id: request.id } },
          body: { scores: values, ...(comment.trim() && { comment: comment.trim() }) },
        }),
      ),
    onSuccess: onDone,
    onError: (error) => setProblems([problemFrom(error, { comment: 'survey-comment' })]),
  });
  if (questionnaire.isPending) return <Loading />;
  if (questionnaire.isError)
    return <Failed error={questionnaire.error} retry={() => void questionnaire.refetch()} />;
  const elements = questionnaire.data.elements;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const missing = elements.filter((element) => !scores[element.code]);
    setProblems(
      missing.map((element) => ({
        message: `${element.name}: ${t('request.surveyRequired')}`,
        fieldId: `survey-${element.code}`,
      })),
    );
    if (missing.length === 0) send.mutate(elements.map((element) => Number(scores[element.code])));
  };
  return (
    <section className="action-panel" aria-labelledby="survey-heading">
      <ErrorSummary problems={problems} />
      <h2 className="govuk-heading-m" id="survey-heading">
        {t('request.surveyTitle')}
      </h2>
      <p className="govuk-body">{t('request.surveyLead')}</p>
      <form onSubmit={submit} noValidate>
        {elements.map((element, index) => (
          <Radios
            key={element.code}
            id={`survey-${element.code}`}
            name={`survey-${element.code}`}
            label={`${index + 1}. ${element.question}`}
            value={scores[element.code] ?? ''}
            small
            error={problems.find((problem) => problem.fieldId === `survey-${element.code}`)?.message}
            options={element.answers.map((answer, score) => ({ value: String(score + 1), label: answer }))}
            onChange={(value) => setScores((all) => ({ ...all, [element.code]: value }))}
          />
        ))}
        <TextArea
          id="survey-comment"
          label={t('request.surveyComment')}
          optional
          value={comment}
          onChange={setComment}
        />
        <Button type="submit" busy={send.isPending}>
          {t('request.surveySend')}
        </Button>
      </form>
    </section>
  );
}

/** The issued document: a link to download it (the first download is the electronic handover). */
export function OutputPanel({
  request,
  onDone,
}: {
  readonly request: RequestDetail;
  readonly onDone: () => void;
}) {
  const { t } = useTranslation();
  const output = useQuery({
    queryKey: ['output', request.id, request.status],
    queryFn: () => data(api().GET('/requests/{id}/output', { params: { path: { id: request.id } } })),
  });
  // Reading the output hands the document over (the request completes): read the request again.
  const ready = output.isSuccess;
  useEffect(() => {
    if (ready) onDone();
  }, [ready, onDone]);
  return (
    <section className="action-panel" aria-labelledby="output-heading">
      <h2 className="govuk-heading-m" id="output-heading">
        {t('request.downloadTitle')}
      </h2>
      {output.isPending ? (
        <Loading />
      ) : output.isError ? (
        <Failed error={output.error} retry={() => void output.refetch()} />
      ) : (
        <>
          <p className="govuk-body">{t('request.downloadReady')}</p>
          <p className="govuk-body">
            <a className="govuk-button" href={output.data.downloadUrl} download>
              {t('request.download')}
            </a>
          </p>
          <p className="govuk-body-s">
            {t('request.sha')}: <code className="hash">{output.data.sha256}</code>
          </p>
          <p className="govuk-body-s">
            <Link className="govuk-link" to={`/verifikasi/${output.data.documentId}`}>
              {t('request.verifyIt')}
            </Link>
          </p>
        </>
      )}
    </section>
  );
}
