import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary, type Problem, problemFrom } from '../../components/error-summary';
import { Button, TextArea } from '../../components/form';
import { Tag } from '../../components/page-parts';
import { api, data, type Schemas } from '../../lib/api';
import { dateTime } from '../../lib/format';

/**
 * Revoking an issued document (a wrong decree, say): the signing official gives the reason; the
 * public verification page then says it is revoked, when and why. It cannot be undone.
 */
export function RevocationPanel({ documentId }: { readonly documentId: string }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [reason, setReason] = useState('');
  const [problems, setProblems] = useState<Problem[]>([]);
  // The document's standing as anyone would see it on the verification page.
  const standing = useQuery({
    queryKey: ['verify', documentId],
    queryFn: async () =>
      (await data(
        api().GET('/verify/{documentId}', { params: { path: { documentId } } }),
      )) as Schemas['Verification'],
  });
  const revoke = useMutation({
    mutationFn: () =>
      data(
        api().POST('/documents/{documentId}/revocation', {
          params: { path: { documentId } },
          body: { reason: reason.trim() },
        }),
      ),
    onSuccess: () => {
      setReason('');
      void client.invalidateQueries({ queryKey: ['verify', documentId] });
    },
    onError: (error) => setProblems([problemFrom(error, 'revocation')]),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (reason.trim().length < 10) {
      return setProblems([
        { message: `${t('revocation.reason')}: ${t('revocation.reasonHint')}`, fieldId: 'revocation-reason' },
      ]);
    }
    setProblems([]);
    revoke.mutate();
  };
  const revocation = standing.data?.document?.revocation;
  return (
    <section className="action-panel" aria-labelledby="revocation-heading">
      <ErrorSummary problems={problems} />
      <h3 className="govuk-heading-s" id="revocation-heading">
        {t('revocation.title')}
      </h3>
      {revocation ? (
        <p className="govuk-body" role="status">
          <Tag colour="red">{t('revocation.revoked')}</Tag> {dateTime(revocation.at)} — {revocation.reason}
        </p>
      ) : (
        <form onSubmit={submit} noValidate>
          <div className="govuk-warning-text">
            <span className="govuk-warning-text__icon" aria-hidden="true">
              !
            </span>
            <strong className="govuk-warning-text__text">{t('revocation.warning')}</strong>
          </div>
          <TextArea
            id="revocation-reason"
            label={t('revocation.reason')}
            hint={t('revocation.reasonHint')}
            rows={3}
            value={reason}
            error={problems.find((problem) => problem.fieldId === 'revocation-reason')?.message}
            onChange={setReason}
          />
          <Button type="submit" variant="warning" busy={revoke.isPending}>
            {t('revocation.submit')}
          </Button>
        </form>
      )}
    </section>
  );
}
