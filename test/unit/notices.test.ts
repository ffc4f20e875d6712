import { describe, expect, it } from 'vitest';
import { loadAgencyConfig, runtimeSettingsOf } from '#infra/config';
import { memoryRecords, testClock } from '#kit/fakes';
import type { MailMessage } from '#mail/domain/ports';
import { composeNotice, formatDateTime } from '#requests/domain/notices';
import type { ServiceRequest } from '#requests/domain/request';
import { notifyApplicant } from '#requests/use-cases/notify-applicant';

const settings = runtimeSettingsOf(loadAgencyConfig('demo'));

const request: ServiceRequest = {
  id: '3f1c2a9e-0000-4000-8000-000000000001',
  serviceType: 'KGB',
  status: 'AWAITING_VERIFICATION',
  applicant: {
    nip: '199003152015031002',
    name: 'Budi <Santoso>',
    unit: 'DISKOMINFO',
    email: 'budi@example.go.id',
  },
  createdBy: 'asn.demo',
  details: {},
  createdAt: '2026-11-23T01:00:00Z',
  updatedAt: '2026-11-23T01:00:00Z',
  submittedAt: '2026-11-23T01:15:00Z',
  version: 2,
};

describe('composeNotice', () => {
  it('writes the receipt in Bahasa Indonesia with the local time and a link that only opens the portal', () => {
    const mail = composeNotice('RECEIVED', request, settings);
    expect(mail?.to).toEqual(['budi@example.go.id']);
    expect(mail?.subject).toBe('[BKPSDM Kota Demo] Permohonan Kenaikan Gaji Berkala telah diterima');
    expect(mail?.text).toContain('23 November 2026 pukul 08.15 WIB');
    expect(mail?.text).toContain(`https://layanan.bkpsdm.kotademo.go.id/permohonan/${request.id}`);
    expect(mail?.text).not.toMatch(/setuju|approve|token/i);
  });

  it('escapes the applicant’s name in the HTML part', () => {
    const mail = composeNotice('VERIFICATION_ACCEPTED', request, settings);
    expect(mail?.html).toContain('Budi &#60;Santoso&#62;');
    expect(mail?.html).toContain(`<a href="https://layanan.bkpsdm.kotademo.go.id/permohonan/${request.id}">`);
  });

  it('sends nothing when the applicant has no e-mail address on record', () => {
    const { email: _none, ...applicant } = request.applicant;
    expect(composeNotice('RECEIVED', { ...request, applicant }, settings)).toBeUndefined();
  });

  it('formats instants in the agency’s zone', () => {
    expect(formatDateTime('2026-11-23T01:15:00Z', 'WITA')).toBe('23 November 2026 pukul 09.15 WITA');
  });
});

describe('notifyApplicant', () => {
  it('hands the outbox one mail id per event it follows, however often the event is delivered and whatever the request did meanwhile', async () => {
    const { records } = memoryRecords(testClock('2026-11-23T01:15:00.000Z'));
    await records.create(request, undefined as never);
    const keys: string[] = [];
    const mailer = {
      async send(id: string, _message: MailMessage) {
        if (!keys.includes(id)) keys.push(id);
      },
    };
    const deps = { records, settings, mailer };
    await notifyApplicant(deps, { requestId: request.id, notice: 'RECEIVED', eventId: 'event-1' });
    const stored = (await records.get(request.id)) as ServiceRequest;
    await records.transition(stored, { status: 'AWAITING_VERIFICATION' }, undefined);
    await notifyApplicant(deps, { requestId: request.id, notice: 'RECEIVED', eventId: 'event-1' });
    expect(keys).toHaveLength(1);
    await notifyApplicant(deps, { requestId: request.id, notice: 'RECEIVED', eventId: 'event-2' });
    expect(keys).toHaveLength(2);
  });
});
