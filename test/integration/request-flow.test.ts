import { DescribeExecutionCommand, GetExecutionHistoryCommand, SFNClient } from '@aws-sdk/client-sfn';
import { describe, expect, inject, it } from 'vitest';
import { apiClient } from '#kit/api';
import { eventually } from '#kit/eventually';
import { completeKgbDraft, KGB_DETAILS } from '#kit/fixtures';
import { sentMail } from '#kit/mail';

const stack = inject('stack');
const api = apiClient(stack.urls.api);
const sfn = new SFNClient({
  endpoint: stack.urls.stepFunctions,
  region: 'ap-southeast-3',
  credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
});

interface PublishedRequest {
  id: string;
  status: string;
  statusLabel: string;
  task?: { stage: string; dueAt: string; overdue: boolean; decidable: boolean };
}

describe('one KGB request, end to end on the local stack', () => {
  it('answers the health check and publishes the KGB service', async () => {
    const health = await api.get('/health');
    expect(health).toMatchObject({ status: 200, body: { status: 'ok' } });

    const services = await api.get<{ items: Array<{ code: string; detailsSchema: { properties: object } }> }>(
      '/services',
    );
    expect(services.status).toBe(200);
    const kgb = services.body.items.find((service) => service.code === 'KGB');
    expect(kgb?.detailsSchema.properties).toHaveProperty('lastRaiseEffectiveDate');
  });

  it('takes a request from draft through verification, mailing the applicant and resuming the workflow', async () => {
    const draft = await completeKgbDraft(api, 'asn.demo');
    expect(draft.status).toBe('DRAFT');

    const submitted = await api.post<PublishedRequest>(`/requests/${draft.id}/submit`, { as: 'asn.demo' });
    expect(submitted.status).toBe(200);
    expect(submitted.body.status).toBe('AWAITING_VERIFICATION');

    const queued = await eventually(
      () =>
        api.get<{ items: Array<{ request: PublishedRequest; stage: string; overdue: boolean }> }>('/tasks', {
          as: 'verifikator',
        }),
      (response) =>
        response.body.items.some(
          (item) => item.request.id === draft.id && item.request.task?.decidable === true,
        ),
    );
    const item = queued.body.items.find((candidate) => candidate.request.id === draft.id);
    expect(item).toMatchObject({ stage: 'VERIFICATION', overdue: false });

    const decided = await api.post<PublishedRequest>(`/requests/${draft.id}/decisions`, {
      as: 'verifikator',
      body: { stage: 'VERIFICATION', outcome: 'ACCEPT' },
    });
    expect(decided.status).toBe(200);
    expect(decided.body.status).toBe('AWAITING_SUPERVISOR_VALIDATION');

    const read = await eventually(
      () => api.get<PublishedRequest>(`/requests/${draft.id}`, { as: 'asn.demo' }),
      (response) => response.body.task?.stage === 'SUPERVISOR_VALIDATION',
    );
    expect(read.body).toMatchObject({
      status: 'AWAITING_SUPERVISOR_VALIDATION',
      statusLabel: 'Menunggu Validasi Pejabat Pengawas',
    });

    const mail = await eventually(
      () => sentMail(stack.urls.ses, 'budi.santoso@kotademo.go.id'),
      (mails) =>
        mails.some(
          (message) =>
            message.subject.includes('dinyatakan lengkap') && message.body.text?.includes(draft.id),
        ),
    );
    expect(mail.some((message) => message.subject.includes('telah diterima'))).toBe(true);

    const executionArn = `${stack.stateMachineArn.replace(':stateMachine:', ':execution:')}:${draft.id}`;
    const execution = await sfn.send(new DescribeExecutionCommand({ executionArn }));
    expect(execution.status).toBe('RUNNING');
    expect(JSON.parse(execution.input ?? '{}')).toEqual({ requestId: draft.id, serviceType: 'KGB' });
    const history = await sfn.send(new GetExecutionHistoryCommand({ executionArn, maxResults: 1000 }));
    const entered = (history.events ?? []).flatMap((event) =>
      event.stateEnteredEventDetails?.name ? [event.stateEnteredEventDetails.name] : [],
    );
    expect(entered).toEqual([
      'NotifyApplicantOfReceipt',
      'OpenAdministrativeVerification',
      'AwaitAdministrativeVerification',
      'RouteVerificationOutcome',
      'NotifyApplicantOfAcceptance',
      'OpenSupervisorValidation',
      'AwaitSupervisorValidation',
    ]);
    const decision = history.events?.find((event) => event.type === 'TaskSucceeded');
    expect(JSON.parse(decision?.taskSucceededEventDetails?.output ?? '{}')).toMatchObject({
      stage: 'VERIFICATION',
      outcome: 'ACCEPT',
      route: 'SUPERVISOR_VALIDATION',
      decidedBy: 'verifikator',
    });
  });

  it('lists the applicant’s own requests, newest first', async () => {
    const first = await api.post<PublishedRequest>('/requests', {
      as: 'asn.lain',
      body: { serviceType: 'KGB', details: KGB_DETAILS },
    });
    const second = await api.post<PublishedRequest>('/requests', {
      as: 'asn.lain',
      body: { serviceType: 'KGB', details: KGB_DETAILS },
    });
    const listed = await api.get<{ items: PublishedRequest[] }>('/requests?scope=mine', { as: 'asn.lain' });
    expect(listed.status).toBe(200);
    expect(listed.body.items.map((request) => request.id).slice(0, 2)).toEqual([
      second.body.id,
      first.body.id,
    ]);
  });
});
