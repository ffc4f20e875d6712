import { useMutation, useQuery } from '@tanstack/react-query';
import { type FormEvent, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSession } from '../../app/session';
import {
  checkDetails,
  DetailsForm,
  type DetailsSchema,
  type DetailValues,
  detailId,
  detailsOf,
} from '../../components/details-form';
import { ErrorSummary, type Problem } from '../../components/error-summary';
import { Button, FileField, Radios, Select, TextArea, TextField } from '../../components/form';
import { Failed, Loading, PageHeading, Progress, StatusTag, Success } from '../../components/page-parts';
import { ApiError, api, data, type Request, sniffType, uploadFile } from '../../lib/api';
import type { operations } from '../../lib/api-schema';
import { dateTime, instantOf } from '../../lib/format';
import { manualFieldId } from './fields';

type Stage = 'VERIFICATION' | 'SUPERVISOR_VALIDATION' | 'ADMINISTRATOR_VALIDATION' | 'SIGNING';
type Outcome = 'ACCEPT' | 'DEFICIENT' | 'REJECT' | 'APPROVE' | 'RETURN' | 'SIGN';
type ServiceCode =
  operations['enterManualService']['requestBody']['content']['application/json']['serviceType'];

const STAGES: readonly Stage[] = [
  'VERIFICATION',
  'SUPERVISOR_VALIDATION',
  'ADMINISTRATOR_VALIDATION',
  'SIGNING',
];
const OUTCOMES: Record<Stage, readonly Outcome[]> = {
  VERIFICATION: ['ACCEPT', 'DEFICIENT', 'REJECT'],
  SUPERVISOR_VALIDATION: ['APPROVE', 'RETURN', 'REJECT'],
  ADMINISTRATOR_VALIDATION: ['APPROVE', 'RETURN', 'REJECT'],
  SIGNING: ['SIGN', 'RETURN', 'REJECT'],
};
const TIER_STAGE = {
  SUPERVISOR: 'SUPERVISOR_VALIDATION',
  ADMINISTRATOR: 'ADMINISTRATOR_VALIDATION',
} as const;

interface StageRow {
  readonly key: string;
  readonly stage: Stage;
  readonly outcome: Outcome;
  readonly decidedBy: string;
  readonly decidedAt: string;
}

interface Form {
  readonly forceMajeureId: string;
  readonly applicantNip: string;
  readonly serviceType: string;
  readonly submittedAt: string;
  readonly resultStatus: 'COMPLETED' | 'REJECTED';
  readonly resultAt: string;
  readonly resultReason: string;
  readonly documentNumber: string;
}

const EMPTY: Form = {
  forceMajeureId: '',
  applicantNip: '',
  serviceType: '',
  submittedAt: '',
  resultStatus: 'COMPLETED',
  resultAt: '',
  resultReason: '',
  documentNumber: '',
};

let rowKeys = 0;
const row = (stage: Stage, outcome: Outcome): StageRow => ({
  key: `row-${++rowKeys}`,
  stage,
  outcome,
  decidedBy: '',
  decidedAt: '',
});

/** The path an on-line request of the service would take: verification, each tier, signing. */
function pathOf(tiers: readonly ('SUPERVISOR' | 'ADMINISTRATOR')[]): StageRow[] {
  return [
    row('VERIFICATION', 'ACCEPT'),
    ...tiers.map((tier) => row(TIER_STAGE[tier], 'APPROVE')),
    row('SIGNING', 'SIGN'),
  ];
}

/**
 * Services handled on paper during force majeure (Kediri Pasal 18), entered once the period has
 * ended: the applicant, what they stated (the service's own form), each paper decision with who
 * took it and when, the result, and the scan of the document issued, which goes to their archive.
 */
export default function ManualServices() {
  const { t } = useTranslation();
  const { hasRole } = useSession();
  const [form, setForm] = useState<Form>(EMPTY);
  const [values, setValues] = useState<DetailValues>({});
  const [stages, setStages] = useState<StageRow[]>([]);
  const [file, setFile] = useState<File>();
  const [progress, setProgress] = useState<number>();
  const [problems, setProblems] = useState<Problem[]>([]);
  const [entered, setEntered] = useState<Request>();
  const periods = useQuery({ queryKey: ['force-majeure'], queryFn: () => data(api().GET('/force-majeure')) });
  const services = useQuery({ queryKey: ['services'], queryFn: () => data(api().GET('/services')) });
  const service = useQuery({
    queryKey: ['service', form.serviceType],
    queryFn: () => data(api().GET('/services/{code}', { params: { path: { code: form.serviceType } } })),
    enabled: form.serviceType !== '',
  });
  const ended = useMemo(
    () => (periods.data?.periods ?? []).filter((period) => period.to && period.extension),
    [periods.data],
  );
  const schema = service.data?.detailsSchema as DetailsSchema | undefined;

  const enter = useMutation({
    mutationFn: async () => {
      const contentType = file ? await sniffType(file) : undefined;
      if (file && !contentType)
        throw new ApiError(400, 'TYPE', t('request.wrongType'), 'document.contentType');
      const submittedAt = instantOf(form.submittedAt) ?? '';
      const resultAt = instantOf(form.resultAt) ?? '';
      const answer = await data(
        api().POST('/manual-services', {
          body: {
            forceMajeureId: form.forceMajeureId,
            applicantNip: form.applicantNip.trim(),
            serviceType: form.serviceType as ServiceCode,
            details: schema ? detailsOf(schema, values) : {},
            submittedAt,
            stages: stages.map((stage) => ({
              stage: stage.stage,
              outcome: stage.outcome,
              decidedBy: stage.decidedBy.trim(),
              decidedAt: instantOf(stage.decidedAt) ?? '',
            })),
            result: {
              status: form.resultStatus,
              at: resultAt,
              ...(form.resultStatus === 'REJECTED' && { reason: form.resultReason.trim() }),
            },
            ...(file &&
              contentType &&
              form.resultStatus === 'COMPLETED' && {
                document: {
                  fileName: file.name,
                  contentType,
                  size: file.size,
                  number: form.documentNumber.trim(),
                },
              }),
          },
        }),
      );
      if (file && contentType && answer.uploadUrl) {
        setProgress(0);
        await uploadFile(answer.uploadUrl, file, { 'content-type': contentType }, setProgress);
      }
      return answer;
    },
    onSettled: () => setProgress(undefined),
    onSuccess: (answer) => {
      setEntered(answer.request);
      setForm({ ...EMPTY, forceMajeureId: form.forceMajeureId });
      setValues({});
      setStages([]);
      setFile(undefined);
      setProblems([]);
    },
    onError: (error) => {
      const message = error instanceof ApiError ? error.message : String(error);
      const fieldId = error instanceof ApiError ? manualFieldId(error.field) : undefined;
      setProblems([{ message, ...(fieldId && { fieldId }) }]);
    },
  });

  const set = (patch: Partial<Form>) => setForm((current) => ({ ...current, ...patch }));
  const setStage = (index: number, patch: Partial<StageRow>) =>
    setStages((current) => current.map((stage, at) => (at === index ? { ...stage, ...patch } : stage)));
  const chooseService = (code: string) => {
    set({ serviceType: code });
    setValues({});
    const tiers = services.data?.items.find((item) => item.code === code)?.validationTiers ?? [];
    setStages(code ? pathOf(tiers) : []);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setEntered(undefined);
    const found: Problem[] = [];
    const required = (fieldId: string, label: string) =>
      found.push({ message: `${label}: ${t('form.required')}`, fieldId });
    if (!form.forceMajeureId) required('manual-forceMajeureId', t('manual.period'));
    if (!/^\d{18}$/.test(form.applicantNip.trim()))
      found.push({
        message: `${t('request.applicantNip')}: ${t('manual.nipHint')}`,
        fieldId: 'manual-applicantNip',
      });
    if (!form.serviceType) required('manual-serviceType', t('manual.service'));
    if (schema) {
      const details = checkDetails(schema, values, {
        required: t('form.required'),
        number: t('form.invalidNumber'),
      });
      for (const [name, message] of Object.entries(details)) found.push({ message, fieldId: detailId(name) });
    }
    if (!form.submittedAt) required('manual-submittedAt', t('manual.submittedAt'));
    stages.forEach((stage, index) => {
      const label = `${t('manual.stage', { number: index + 1 })}`;
      if (!stage.decidedBy.trim())
        required(`manual-stages-${index}-decidedBy`, `${label}, ${t('manual.decidedBy')}`);
      if (!stage.decidedAt)
        required(`manual-stages-${index}-decidedAt`, `${label}, ${t('manual.decidedAt')}`);
    });
    if (!form.resultAt) required('manual-result-at', t('manual.resultAt'));
    if (form.resultStatus === 'REJECTED' && !form.resultReason.trim())
      required('manual-result-reason', t('manual.resultReason'));
    if (file && form.resultStatus === 'COMPLETED' && !form.documentNumber.trim())
      required('manual-document-number', t('manual.documentNumber'));
    setProblems(found);
    if (found.length === 0) enter.mutate();
  };

  const errorOf = (id: string) => problems.find((problem) => problem.fieldId === id)?.message;
  const detailErrors = Object.fromEntries(
    problems.flatMap((problem) =>
      problem.fieldId?.startsWith('details-') ? [[problem.fieldId.slice(8), problem.message]] : [],
    ),
  );

  if (periods.isPending || services.isPending) return <Loading />;
  if (periods.isError) return <Failed error={periods.error} retry={() => void periods.refetch()} />;
  if (services.isError) return <Failed error={services.error} retry={() => void services.refetch()} />;

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <ErrorSummary problems={problems} />
        {entered && (
          <Success>
            {t('manual.entered')}{' '}
            {hasRole('VERIFIER') ? (
              <Link className="govuk-notification-banner__link" to={`/permohonan/${entered.id}`}>
                {entered.id}
              </Link>
            ) : (
              <code>{entered.id}</code>
            )}{' '}
            <StatusTag status={entered.status} />
          </Success>
        )}
        <PageHeading>{t('manual.title')}</PageHeading>
        <p className="govuk-body">{t('manual.lead')}</p>
        {ended.length === 0 ? (
          <div className="govuk-inset-text">
            <p className="govuk-body">{t('manual.noPeriod')}</p>
            {hasRole('AGENCY_ADMIN') && (
              <Link className="govuk-link" to="/keadaan-kahar">
                {t('nav.forceMajeure')}
              </Link>
            )}
          </div>
        ) : (
          <form onSubmit={submit} noValidate>
            <Select
              id="manual-forceMajeureId"
              label={t('manual.period')}
              value={form.forceMajeureId}
              placeholder={t('form.choose')}
              error={errorOf('manual-forceMajeureId')}
              options={ended.map((period) => ({
                value: period.id,
                label: `${period.decree} (${dateTime(period.from)} — ${dateTime(period.to)})`,
              }))}
              onChange={(forceMajeureId) => set({ forceMajeureId })}
            />
            <TextField
              id="manual-applicantNip"
              label={t('request.applicantNip')}
              hint={t('manual.nipHint')}
              inputMode="numeric"
              width="20"
              value={form.applicantNip}
              error={errorOf('manual-applicantNip')}
              onChange={(applicantNip) => set({ applicantNip })}
            />
            <Select
              id="manual-serviceType"
              label={t('manual.service')}
              value={form.serviceType}
              placeholder={t('form.choose')}
              error={errorOf('manual-serviceType')}
              options={services.data.items.map((item) => ({ value: item.code, label: item.name }))}
              onChange={chooseService}
            />
            {form.serviceType && service.isPending && <Loading />}
            {schema && (
              <fieldset className="govuk-fieldset">
                <legend className="govuk-fieldset__legend govuk-fieldset__legend--m">
                  {t('manual.details')}
                </legend>
                <DetailsForm
                  schema={schema}
                  values={values}
                  errors={detailErrors}
                  onChange={(name, value) => setValues((current) => ({ ...current, [name]: value }))}
                />
              </fieldset>
            )}
            <TextField
              id="manual-submittedAt"
              type="datetime-local"
              label={t('manual.submittedAt')}
              hint={t('manual.withinPeriod')}
              value={form.submittedAt}
              error={errorOf('manual-submittedAt')}
              onChange={(submittedAt) => set({ submittedAt })}
            />
            {stages.length > 0 && <h2 className="govuk-heading-m">{t('manual.stages')}</h2>}
            {stages.map((stage, index) => (
              <fieldset className="govuk-fieldset manual-stage" key={stage.key}>
                <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">
                  {t('manual.stage', { number: index + 1 })}
                </legend>
                <Select
                  id={`manual-stages-${index}-stage`}
                  label={t('tasks.stage')}
                  value={stage.stage}
                  error={errorOf(`manual-stages-${index}-stage`)}
                  options={STAGES.map((value) => ({ value, label: t(`stage.${value}`) }))}
                  onChange={(value) =>
                    setStage(index, {
                      stage: value as Stage,
                      outcome: OUTCOMES[value as Stage][0] ?? 'ACCEPT',
                    })
                  }
                />
                <Select
                  id={`manual-stages-${index}-outcome`}
                  label={t('tasks.outcome')}
                  value={stage.outcome}
                  error={errorOf(`manual-stages-${index}-outcome`)}
                  options={OUTCOMES[stage.stage].map((value) => ({ value, label: t(`outcome.${value}`) }))}
                  onChange={(value) => setStage(index, { outcome: value as Outcome })}
                />
                <TextField
                  id={`manual-stages-${index}-decidedBy`}
                  label={t('manual.decidedBy')}
                  hint={t('manual.decidedByHint')}
                  value={stage.decidedBy}
                  error={errorOf(`manual-stages-${index}-decidedBy`)}
                  onChange={(decidedBy) => setStage(index, { decidedBy })}
                />
                <TextField
                  id={`manual-stages-${index}-decidedAt`}
                  type="datetime-local"
                  label={t('manual.decidedAt')}
                  value={stage.decidedAt}
                  error={errorOf(`manual-stages-${index}-decidedAt`)}
                  onChange={(decidedAt) => setStage(index, { decidedAt })}
                />
                <Button
                  variant="secondary"
                  small
                  onClick={() => setStages((current) => current.filter((_, at) => at !== index))}
                >
                  {t('manual.removeStage', { number: index + 1 })}
                </Button>
              </fieldset>
            ))}
            {form.serviceType && (
              <Button
                variant="secondary"
                onClick={() => setStages((current) => [...current, row('VERIFICATION', 'ACCEPT')])}
              >
                {t('manual.addStage')}
              </Button>
            )}
            <h2 className="govuk-heading-m">{t('manual.result')}</h2>
            <Radios
              id="manual-result-status"
              name="manual-result-status"
              label={t('manual.resultStatus')}
              value={form.resultStatus}
              inline
              options={[
                { value: 'COMPLETED', label: t('status.COMPLETED') },
                { value: 'REJECTED', label: t('status.REJECTED') },
              ]}
              onChange={(value) => set({ resultStatus: value as Form['resultStatus'] })}
            />
            <TextField
              id="manual-result-at"
              type="datetime-local"
              label={t('manual.resultAt')}
              value={form.resultAt}
              error={errorOf('manual-result-at')}
              onChange={(resultAt) => set({ resultAt })}
            />
            {form.resultStatus === 'REJECTED' ? (
              <TextArea
                id="manual-result-reason"
                label={t('manual.resultReason')}
                rows={3}
                value={form.resultReason}
                error={errorOf('manual-result-reason')}
                onChange={(resultReason) => set({ resultReason })}
              />
            ) : (
              <>
                <TextField
                  id="manual-document-number"
                  label={t('manual.documentNumber')}
                  optional
                  value={form.documentNumber}
                  error={errorOf('manual-document-number')}
                  onChange={(documentNumber) => set({ documentNumber })}
                />
                <FileField
                  id="manual-document-file"
                  label={t('manual.documentFile')}
                  hint={t('manual.documentFileHint')}
                  optional
                  error={errorOf('manual-document-file')}
                  onChange={setFile}
                />
              </>
            )}
            {progress !== undefined && <Progress label={t('manual.uploading')} value={progress} />}
            <Button type="submit" busy={enter.isPending}>
              {t('manual.submit')}
            </Button>
          </form>
        )}
      </div>
    </div>
  );
}
