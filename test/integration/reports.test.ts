import readExcelFile from 'read-excel-file/node';
import { describe, expect, inject, it } from 'vitest';
import { loadAgencyConfig, runtimeSettingsOf } from '#infra/config';
import { STAGES, type Stage } from '#kernel/domain/stages';
import { workCalendar, workingDaysBetween } from '#kernel/domain/working-days';
import { apiClient } from '#kit/api';
import { freshApplicants } from '#kit/applicants';
import { eventually } from '#kit/eventually';
import { requestAwaitingVerification, uploadDocument } from '#kit/fixtures';
import { decide, issueAndAnswerSurvey, type Published, waitingAt } from '#kit/workflow';
import { percentile } from '#reports/domain/statistics';

const stack = inject('stack');
const api = apiClient(stack.urls.api);
const calendar = workCalendar(runtimeSettingsOf(loadAgencyConfig('demo')));

interface AuditEvent {
  readonly action: string;
  readonly at: string;
  readonly occurredAt?: string;
  readonly stage?: string;
  readonly toStatus?: string;
}

interface StageFigures {
  readonly stage: Stage;
  readonly passages: number;
  readonly medianWorkingDays?: number;
  readonly p90WorkingDays?: number;
  readonly overdue: number;
}

interface Group {
  readonly serviceType: string;
  readonly received: number;
  readonly completed: number;
  readonly rejected: number;
  readonly inProgress: number;
  readonly stages: readonly StageFigures[];
  readonly satisfaction: { readonly respondents: number; readonly ikm: number | null };
}

/** Every request of the stack, as an auditor lists them. */
async function everyRequest(): Promise<Published[]> {
  const found: Published[] = [];
  let cursor: string | undefined;
  do {
    const page = await api.get<{ items: Published[]; cursor?: string }>(
      `/requests?scope=all&limit=100${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
      { as: 'auditor' },
    );
    found.push(...page.body.items);
    cursor = page.body.cursor;
  } while (cursor);
  return found;
}

/**
 * The report's figures built again from the raw events: each request's audit trail, where a
 * stage opens (STAGE_OPENED), is decided (DECIDED), passes its deadline (SLA_BREACHED), and where
 * the last status change says what became of it. A service entered after force majeure carries
 * the paper acts' times (occurredAt): each stage ran from the act before to its decision.
 */
function fromAudit(trails: ReadonlyArray<readonly AuditEvent[]>) {
  const status = (trail: readonly AuditEvent[]) => trail.filter((event) => event.toStatus).at(-1)?.toStatus;
  const stages = STAGES.map((stage) => {
    const durations: number[] = [];
    let overdue = 0;
    for (const trail of trails) {
      let opened: string | undefined;
      let paperActBefore: string | undefined;
      for (const event of trail) {
        if (
          event.action === 'DECIDED_MANUALLY' &&
          event.stage === stage &&
          paperActBefore &&
          event.occurredAt
        ) {
          durations.push(workingDaysBetween(new Date(paperActBefore), new Date(event.occurredAt), calendar));
        }
        paperActBefore = event.occurredAt ?? paperActBefore;
        if (event.stage !== stage) continue;
        if (event.action === 'STAGE_OPENED') opened = event.at;
        if (event.action === 'SLA_BREACHED') overdue += 1;
        if (event.action === 'DECIDED' && opened) {
          durations.push(workingDaysBetween(new Date(opened), new Date(event.at), calendar));
          opened = undefined;
        }
      }
    }
    return {
      stage,
      passages: durations.length,
      ...(durations.length > 0 && {
        medianWorkingDays: percentile(durations, 50),
        p90WorkingDays: percentile(durations, 90),
      }),
      overdue,
    };
  });
  return {
    received: trails.length,
    completed: trails.filter((trail) => status(trail) === 'COMPLETED').length,
    rejected: trails.filter((trail) => status(trail) === 'REJECTED').length,
    inProgress: trails.filter((trail) => !['COMPLETED', 'REJECTED'].includes(status(trail) ?? '')).length,
    stages,
  };
}

describe('performance and satisfaction reports (Kediri Pasal 4(3)d, 16)', () => {
  it('match the same figures built from every request’s audit trail, and export as XLSX and CSV', async () => {
    const [first = '', second = '', third = ''] = (await freshApplicants(api, 3)).map(
      (applicant) => applicant.username,
    );
    // Requests down three roads: completed, deficient then resubmitted, rejected.
    const completed = await requestAwaitingVerification(api, first);
    await issueAndAnswerSurvey(api, completed.id, first);
    await api.get(`/requests/${completed.id}/output`, { as: first });
    const deficient = await requestAwaitingVerification(api, second);
    await decide(api, deficient.id, 'VERIFICATION', 'DEFICIENT', {
      deficiencies: [{ requirementCode: 'SK_KGB_TERAKHIR', reason: 'Tidak terbaca' }],
    });
    await waitingAt(api, deficient.id, 'COMPLETION');
    await uploadDocument(api, second, deficient.id, 'SK_KGB_TERAKHIR');
    await api.post(`/requests/${deficient.id}/resubmit`, { as: second });
    await waitingAt(api, deficient.id, 'VERIFICATION');
    const rejected = await requestAwaitingVerification(api, third);
    await decide(api, rejected.id, 'VERIFICATION', 'REJECT', { note: 'Masa kerja belum dua tahun' });
    await eventually(
      async () => (await api.get<Published>(`/requests/${rejected.id}`, { as: 'auditor' })).body,
      (request) => request.status === 'REJECTED' && !request.processing,
    );

    const now = (await (await fetch(`${stack.urls.api}/local/clock`)).json()) as { now: string };
    // The agency's local date (WIB): the report's period is in local dates, and the shared clock may
    // stand just after local midnight, a day ahead of the UTC date.
    const to = new Date(Date.parse(now.now) + 7 * 3_600_000).toISOString().slice(0, 10);
    const from = new Date(Date.parse(now.now) - 300 * 86_400_000).toISOString().slice(0, 10);
    const report = await api.get<{ services: Group[]; total: Group }>(
      `/reports/performance?from=${from}&to=${to}`,
      { as: 'auditor' },
    );
    expect(report.status).toBe(200);

    const submitted = (await everyRequest()).filter(
      (request) => (request as { submittedAt?: string }).submittedAt,
    );
    const trails = await Promise.all(
      submitted.map(
        async (request) =>
          (await api.get<{ audit: AuditEvent[] }>(`/requests/${request.id}/history`, { as: 'auditor' })).body
            .audit,
      ),
    );
    const expected = fromAudit(trails);
    expect(report.body.total).toMatchObject({
      received: expected.received,
      completed: expected.completed,
      rejected: expected.rejected,
      inProgress: expected.inProgress,
    });
    expect(report.body.total.received).toBeGreaterThanOrEqual(3);
    for (const stage of expected.stages) {
      expect(
        report.body.total.stages.find((figures) => figures.stage === stage.stage),
        stage.stage,
      ).toMatchObject(stage);
    }
    const kgb = report.body.services.find((group) => group.serviceType === 'KGB');
    expect(kgb?.satisfaction.respondents).toBeGreaterThan(0);
    expect(kgb?.satisfaction.ikm).toBeGreaterThan(25);

    const xlsx = await fetch(`${stack.urls.api}/reports/performance?from=${from}&to=${to}&format=xlsx`, {
      headers: {
        authorization: `Bearer ${await login('auditor')}`,
        accept: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      },
    });
    expect(xlsx.headers.get('content-disposition')).toContain(`kinerja-layanan-${from}-${to}.xlsx`);
    const workbook = await readExcelFile(Buffer.from(await xlsx.arrayBuffer()));
    expect(workbook.map((sheet) => sheet.sheet)).toEqual(['Layanan', 'Tahap', 'Penolakan']);
    const services = workbook[0]?.data ?? [];
    expect(services[0]?.slice(0, 4)).toEqual(['Kode layanan', 'Layanan', 'Diterima', 'Selesai']);
    expect(services.at(-1)?.slice(0, 4)).toEqual([
      'SEMUA',
      'Semua layanan',
      expected.received,
      expected.completed,
    ]);

    const csv = await fetch(`${stack.urls.api}/reports/satisfaction?from=${from}&to=${to}&format=csv`, {
      headers: { authorization: `Bearer ${await login('auditor')}`, accept: 'text/csv' },
    });
    const bytes = Buffer.from(await csv.arrayBuffer());
    const text = bytes.toString('utf8');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(text.slice(1).startsWith('Tingkat,Kode,Nama,Responden,NRR U1')).toBe(true);
    expect(text).toContain('Instansi,SEMUA,BKPSDM Kota Demo');
  });

  it('is read by the monitoring team and auditors, not by applicants, and bounds its period', async () => {
    const applicant = 'asn.lain';
    expect(
      (await api.get('/reports/performance?from=2026-01-01&to=2026-01-31', { as: applicant })).status,
    ).toBe(403);
    const reversed = await api.get<{ error: { code: string } }>(
      '/reports/performance?from=2026-02-01&to=2026-01-01',
      {
        as: 'auditor',
      },
    );
    expect(reversed.body.error.code).toBe('PERIOD_REVERSED');
    const long = await api.get<{ error: { code: string } }>(
      '/reports/performance?from=2024-01-01&to=2026-01-01',
      {
        as: 'auditor',
      },
    );
    expect(long.body.error.code).toBe('PERIOD_TOO_LONG');
  });
});

async function login(username: string): Promise<string> {
  const response = await fetch(`${stack.urls.api}/local/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username }),
  });
  return ((await response.json()) as { token: string }).token;
}
