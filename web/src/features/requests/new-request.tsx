import { useMutation, useQuery } from '@tanstack/react-query';
import { type FormEvent, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { useSession } from '../../app/session';
import {
  checkDetails,
  DetailsForm,
  type DetailsSchema,
  type DetailValues,
  detailId,
  detailsOf,
  fieldIdOf,
} from '../../components/details-form';
import { ErrorSummary, type Problem } from '../../components/error-summary';
import { Button, TextField } from '../../components/form';
import { Failed, Loading, PageHeading } from '../../components/page-parts';
import { ApiError, api, data } from '../../lib/api';

/** A new request: the service's details form; on success, on to its page for the uploads. */
export default function NewRequest() {
  const { t } = useTranslation();
  const { code = '' } = useParams();
  const { hasRole } = useSession();
  const navigate = useNavigate();
  const [values, setValues] = useState<DetailValues>({});
  const [nip, setNip] = useState('');
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [apiProblem, setApiProblem] = useState<Problem>();
  // One key per form: a submit retried after a lost answer finds the first request, not a second.
  const idempotencyKey = useMemo(() => crypto.randomUUID(), []);
  const service = useQuery({
    queryKey: ['service', code],
    queryFn: () => data(api().GET('/services/{code}', { params: { path: { code } } })),
  });
  const create = useMutation({
    mutationFn: (details: Record<string, unknown>) =>
      data(
        api().POST('/requests', {
          body: {
            serviceType: code,
            details,
            ...(hasRole('UNIT_ADMIN') && nip ? { applicantNip: nip } : {}),
          },
          headers: { 'idempotency-key': idempotencyKey },
        }),
      ),
    onSuccess: (request) => navigate(`/permohonan/${request.id}`),
    onError: (error) => {
      const message = error instanceof ApiError ? error.message : String(error);
      const fieldId = error instanceof ApiError ? fieldIdOf(error.field) : undefined;
      setApiProblem({ message, ...(fieldId && { fieldId }) });
    },
  });
  if (service.isPending) return <Loading />;
  if (service.isError) return <Failed error={service.error} retry={() => void service.refetch()} />;
  const schema = service.data.detailsSchema as DetailsSchema;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setApiProblem(undefined);
    const found = checkDetails(schema, values, {
      required: t('form.required'),
      number: t('form.invalidNumber'),
    });
    if (hasRole('UNIT_ADMIN') && !/^\d{18}$/.test(nip))
      found.applicantNip = `${t('request.applicantNip')}: ${t('request.applicantNipHint')}`;
    setProblems(found);
    if (Object.keys(found).length === 0) create.mutate(detailsOf(schema, values));
  };

  const summary: Problem[] = [
    ...Object.entries(problems).map(([name, message]) => ({
      message,
      fieldId: name === 'applicantNip' ? 'applicantNip' : detailId(name),
    })),
    ...(apiProblem ? [apiProblem] : []),
  ];
  // The API's field, highlighted on the field itself too.
  const apiField = apiProblem?.fieldId?.replace(/^details-/, '');
  const fieldErrors = apiField && apiProblem ? { ...problems, [apiField]: apiProblem.message } : problems;

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <ErrorSummary problems={summary} />
        <PageHeading caption={service.data.code}>
          {t('request.newTitle', { service: service.data.name })}
        </PageHeading>
        <p className="govuk-body">{t('request.detailsLead')}</p>
        <form onSubmit={submit} noValidate>
          {hasRole('UNIT_ADMIN') && (
            <TextField
              id="applicantNip"
              label={t('request.applicantNip')}
              hint={t('request.applicantNipHint')}
              value={nip}
              inputMode="numeric"
              width="20"
              error={fieldErrors.applicantNip}
              onChange={setNip}
            />
          )}
          <DetailsForm
            schema={schema}
            values={values}
            errors={fieldErrors}
            onChange={(name, value) => setValues((current) => ({ ...current, [name]: value }))}
          />
          <Button type="submit" busy={create.isPending}>
            {t('request.create')}
          </Button>
        </form>
      </div>
    </div>
  );
}
