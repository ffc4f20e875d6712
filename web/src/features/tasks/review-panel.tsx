import { useMutation, useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../app/session';
import { DocumentPreview } from '../../components/document-preview';
import { ErrorSummary, type Problem, problemFrom } from '../../components/error-summary';
import { Button, Radios, TextArea, TextField } from '../../components/form';
import { Success, Tag } from '../../components/page-parts';
import { api, data, type Request, type RequestDocument } from '../../lib/api';
import { bytes } from '../../lib/format';
import { AssignForm } from './assign-form';
import { HandoverForm } from './handover';
import { RevocationPanel } from './revocation';
import { SignedScanUpload } from './signed-scan';

type Stage = 'VERIFICATION' | 'SUPERVISOR_VALIDATION' | 'ADMINISTRATOR_VALIDATION' | 'SIGNING';
type Outcome = 'ACCEPT' | 'DEFICIENT' | 'REJECT' | 'APPROVE' | 'RETURN' | 'SIGN';

const STAGE_OF_ROLE: Record<string, Stage> = {
  VERIFIER: 'VERIFICATION',
  SUPERVISOR: 'SUPERVISOR_VALIDATION',
  ADMINISTRATOR: 'ADMINISTRATOR_VALIDATION',
  SIGNER: 'SIGNING',
};

const OUTCOMES: Record<Stage, readonly Outcome[]> = {
  VERIFICATION: ['ACCEPT', 'DEFICIENT', 'REJECT'],
  SUPERVISOR_VALIDATION: ['APPROVE', 'RETURN', 'REJECT'],
  ADMINISTRATOR_VALIDATION: ['APPROVE', 'RETURN', 'REJECT'],
  SIGNING: ['SIGN', 'RETURN', 'REJECT'],
};

type Detail = Request & { readonly documents: readonly RequestDocument[] };

/** One requirement document beside its preview, with the verifier's mark and reason. */
function DocumentReview({
  request,
  document,
  canMark,
  onChanged,
}: {
  readonly request: Detail;
  readonly document: RequestDocument;
  readonly canMark: boolean;
  readonly onChanged: () => void;
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [mark, setMark] = useState('');
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<Problem>();
  const file = useQuery({
    queryKey: ['document', document.id],
    queryFn: () =>
      data(
        api().GET('/requests/{id}/documents/{documentId}', {
          params: { path: { id: request.id, documentId: document.id } },
        }),
      ),
    enabled: open,
    staleTime: 60_000,
  });
  const save = useMutation({
    mutationFn: () =>
      mark === 'UNDO'
        ? data(
            api().DELETE('/requests/{id}/documents/{documentId}/verification', {
              params: { path: { id: request.id, documentId: document.id } },
            }),
          )
        : data(
            api().POST('/requests/{id}/documents/{documentId}/verification', {
              params: { path: { id: request.id, documentId: document.id } },
              body: { status: mark as 'VALID' | 'INVALID', ...(reason.trim() && { reason: reason.trim() }) },
            }),
          ),
    onSuccess: () => {
      setMark('');
      setReason('');
      onChanged();
    },
    onError: (error) => setProblem(problemFrom(error, { note: 'decision-note' })),
  });
  const prefix = `mark-${document.requirementCode}`;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!mark)
      return setProblem({ message: `${t('tasks.outcome')}: ${t('form.required')}`, fieldId: prefix });
    if (mark === 'INVALID' && !reason.trim())
      return setProblem({
        message: `${t('tasks.markReason')}: ${t('form.required')}`,
        fieldId: `${prefix}-reason`,
      });
    setProblem(undefined);
    save.mutate();
  };
  const verification = document.verification;
  return (
    <li className="review-document">
      <h4 className="govuk-heading-s govuk-!-margin-bottom-1">{document.requirementCode}</h4>
      <p className="govuk-body-s govuk-!-margin-bottom-2">
        {document.fileName} · {bytes(document.size)}{' '}
        {verification &&
          (verification.status === 'VALID' ? (
            <Tag colour="green">{t('tasks.markedValid')}</Tag>
          ) : (
            <Tag colour="red">{t('tasks.markedInvalid', { reason: verification.reason ?? '' })}</Tag>
          ))}
      </p>
      <Button variant="secondary" small onClick={() => setOpen(!open)}>
        {t('tasks.preview')}
        <span className="govuk-visually-hidden"> {document.requirementCode}</span>
      </Button>
      {open && file.data && (
        <DocumentPreview
          url={file.data.downloadUrl}
          contentType={document.contentType}
          name={document.fileName}
        />
      )}
      {canMark && (
        <form onSubmit={submit} noValidate className="mark-form">
          <ErrorSummary problems={problem ? [problem] : []} />
          <Radios
            id={prefix}
            name={prefix}
            label={`${t('tasks.decision')}: ${document.requirementCode}`}
            inline
            small
            value={mark}
            error={problem?.fieldId === prefix ? problem.message : undefined}
            options={[
              { value: 'VALID', label: t('tasks.markValid') },
              { value: 'INVALID', label: t('tasks.markInvalid') },
              ...(verification ? [{ value: 'UNDO', label: t('tasks.markUndo') }] : []),
            ]}
            onChange={setMark}
          />
          {mark === 'INVALID' && (
            <TextField
              id={`${prefix}-reason`}
              label={t('tasks.markReason')}
              value={reason}
              error={problem?.fieldId === `${prefix}-reason` ? problem.message : undefined}
              onChange={setReason}
            />
          )}
          <Button type="submit" variant="secondary" small busy={save.isPending}>
            {t('tasks.markSave')}
            <span className="govuk-visually-hidden"> {document.requirementCode}</span>
          </Button>
        </form>
      )}
    </li>
  );
}

/** The draft a signer reviews before signing (and prints before a wet signature). */
function DraftPreview({ request }: { readonly request: Detail }) {
  const wet = request.plan?.signatureMode === 'WET';
  const { t } = useTranslation();
  const draft = useQuery({
    queryKey: ['draft', request.id],
    queryFn: () => data(api().GET('/requests/{id}/draft', { params: { path: { id: request.id } } })),
  });
  if (!draft.data) return null;
  return (
    <section aria-labelledby="draft-heading">
      <h3 className="govuk-heading-s" id="draft-heading">
        {t('tasks.draft')}
      </h3>
      <p className="govuk-body-s">
        <a className="govuk-link" href={draft.data.downloadUrl} target="_blank" rel="noreferrer">
          {wet ? t('tasks.draftPrint') : t('tasks.draftOpen')}
        </a>
      </p>
      <DocumentPreview url={draft.data.downloadUrl} contentType="application/pdf" name={t('tasks.draft')} />
    </section>
  );
}

/** What staff do with a request on its page: claim it, review documents, decide. */
export function ReviewPanel({
  request,
  refresh,
}: {
  readonly request: Detail;
  readonly refresh: () => void;
}) {
  const { t } = useTranslation();
  const { session, hasRole } = useSession();
  const [outcome, setOutcome] = useState('');
  const [note, setNote] = useState('');
  const [newBaseSalary, setNewBaseSalary] = useState('');
  const [problems, setProblems] = useState<Problem[]>([]);
  const [decided, setDecided] = useState(false);
  const myStages = (session?.roles ?? []).flatMap((role) => STAGE_OF_ROLE[role] ?? []);
  const stage = request.task?.stage as Stage | undefined;
  const mine = stage !== undefined && myStages.includes(stage);
  const ready = mine && !request.processing && request.task?.decidable === true;
  const invalid = request.documents.filter((document) => document.verification?.status === 'INVALID');
  // Accepting a KGB request fixes the raise its letter states: where the agency's salary table
  // lacks the row, the verifier enters the new base salary from the Lampiran of PP 5/2024.
  const entersSalary = stage === 'VERIFICATION' && outcome === 'ACCEPT' && request.serviceType === 'KGB';

  const claim = useMutation({
    mutationFn: (take: boolean) =>
      data(
        take
          ? api().POST('/requests/{id}/claim', { params: { path: { id: request.id } } })
          : api().DELETE('/requests/{id}/claim', { params: { path: { id: request.id } } }),
      ),
    onSuccess: refresh,
    onError: (error) => setProblems([problemFrom(error, { note: 'decision-note' })]),
  });
  const decide = useMutation({
    mutationFn: () =>
      data(
        api().POST('/requests/{id}/decisions', {
          params: { path: { id: request.id } },
          body: {
            stage: stage as Stage,
            outcome: outcome as Outcome,
            ...(note.trim() && { note: note.trim() }),
            ...(entersSalary && newBaseSalary.trim() && { newBaseSalary: Number(newBaseSalary) }),
            ...(outcome === 'DEFICIENT' && {
              deficiencies: invalid.map((document) => ({
                requirementCode: document.requirementCode,
                reason: document.verification?.reason ?? note.trim(),
              })),
            }),
          },
        }),
      ),
    onSuccess: () => {
      setDecided(true);
      setOutcome('');
      setNote('');
      setNewBaseSalary('');
      refresh();
    },
    onError: (error) =>
      setProblems([problemFrom(error, { note: 'decision-note', newBaseSalary: 'decision-new-salary' })]),
  });
  const extension = request.deficiency?.extension;
  const decideExtension = useMutation({
    mutationFn: (grant: boolean) =>
      data(
        api().POST('/requests/{id}/extension/decision', {
          params: { path: { id: request.id } },
          body: { grant },
        }),
      ),
    onSuccess: refresh,
    onError: (error) => setProblems([problemFrom(error, { note: 'decision-note' })]),
  });

  if (!hasRole('VERIFIER', 'SUPERVISOR', 'ADMINISTRATOR', 'SIGNER')) return null;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!outcome)
      return setProblems([
        { message: `${t('tasks.outcome')}: ${t('form.required')}`, fieldId: 'decision-outcome' },
      ]);
    if (outcome === 'DEFICIENT' && invalid.length === 0)
      return setProblems([
        {
          message: `${t('tasks.deficiencies')}: ${t('tasks.deficienciesHint')}`,
          fieldId: 'decision-outcome',
        },
      ]);
    setProblems([]);
    decide.mutate();
  };
  const claimedByMe = request.claim?.username === session?.username;
  // A wet signature is printed and scanned at the counter: the verifier prints the draft too.
  const wetSigning = request.plan?.signatureMode === 'WET';
  const handsOver =
    hasRole('VERIFIER') &&
    request.task?.stage === 'HANDOVER' &&
    !request.processing &&
    request.plan?.handoverMode !== 'ELECTRONIC';
  return (
    <section className="review-panel" aria-labelledby="review-heading">
      <ErrorSummary problems={problems} />
      {decided && !mine && <Success>{t('tasks.decided')}</Success>}
      <h2 className="govuk-heading-m" id="review-heading">
        {t('tasks.review')}
      </h2>
      {mine && (
        <p className="govuk-body">
          {t('tasks.claimedBy')}:{' '}
          <strong>
            {request.claim ? (request.claim.name ?? request.claim.username) : t('tasks.unclaimed')}
          </strong>{' '}
          {claimedByMe ? (
            <Button variant="secondary" small busy={claim.isPending} onClick={() => claim.mutate(false)}>
              {t('tasks.release')}
            </Button>
          ) : (
            <Button variant="secondary" small busy={claim.isPending} onClick={() => claim.mutate(true)}>
              {t('tasks.claim')}
            </Button>
          )}
        </p>
      )}
      {request.documents.length > 0 && (
        <ul className="review-documents">
          {request.documents.map((document) => (
            <DocumentReview
              key={document.id}
              request={request}
              document={document}
              canMark={ready && stage === 'VERIFICATION'}
              onChanged={refresh}
            />
          ))}
        </ul>
      )}
      {stage === 'SIGNING' && (mine || (wetSigning && hasRole('VERIFIER'))) && (
        <DraftPreview request={request} />
      )}
      {stage === 'SIGNING' && request.plan?.signatureMode === 'WET' && hasRole('SIGNER', 'VERIFIER') && (
        <SignedScanUpload
          requestId={request.id}
          uploaded={request.signedScanUploaded === true}
          onDone={refresh}
        />
      )}
      {handsOver && <HandoverForm requestId={request.id} onDone={refresh} />}
      {hasRole('SIGNER') && request.output?.kind === 'ISSUED' && (
        <RevocationPanel documentId={request.output.documentId} />
      )}
      {hasRole('SUPERVISOR') && request.task && !request.processing && (
        <AssignForm requestId={request.id} onDone={refresh} />
      )}
      {hasRole('VERIFIER') && extension && !extension.decision && (
        <div className="govuk-inset-text">
          <p className="govuk-body">
            {t('tasks.extension')}: {extension.requestedDays} — {extension.reason}
          </p>
          <div className="govuk-button-group">
            <Button variant="secondary" onClick={() => decideExtension.mutate(true)}>
              {t('tasks.extensionGrant')}
            </Button>
            <Button variant="warning" onClick={() => decideExtension.mutate(false)}>
              {t('tasks.extensionRefuse')}
            </Button>
          </div>
        </div>
      )}
      {ready && stage && (
        <form onSubmit={submit} noValidate className="decision-form">
          <h3 className="govuk-heading-s">
            {t('tasks.decision')}: {t(`stage.${stage}`)}
          </h3>
          <Radios
            id="decision-outcome"
            name="decision-outcome"
            label={t('tasks.outcome')}
            value={outcome}
            error={problems.find((problem) => problem.fieldId === 'decision-outcome')?.message}
            options={OUTCOMES[stage].map((value) => ({ value, label: t(`outcome.${value}`) }))}
            onChange={setOutcome}
          />
          {outcome === 'DEFICIENT' && (
            <div className="govuk-inset-text">
              <p className="govuk-body-s">{t('tasks.deficienciesHint')}</p>
              <ul className="govuk-list govuk-list--bullet">
                {invalid.map((document) => (
                  <li key={document.id}>
                    {document.requirementCode}: {document.verification?.reason}
                  </li>
                ))}
              </ul>
            </div>
          )}
          {entersSalary && (
            <TextField
              id="decision-new-salary"
              label={t('tasks.newBaseSalary')}
              hint={t('tasks.newBaseSalaryHint')}
              optional
              type="text"
              inputMode="numeric"
              width="10"
              value={newBaseSalary}
              error={problems.find((problem) => problem.fieldId === 'decision-new-salary')?.message}
              onChange={setNewBaseSalary}
            />
          )}
          <TextArea id="decision-note" label={t('tasks.note')} optional value={note} onChange={setNote} />
          <Button type="submit" busy={decide.isPending}>
            {t('tasks.decide')}
          </Button>
        </form>
      )}
      {!mine && !decided && !handsOver && request.task && (
        <p className="govuk-body secondary-text">{t('tasks.notYours')}</p>
      )}
    </section>
  );
}
