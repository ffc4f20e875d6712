import { describe, expect, it } from 'vitest';
import { workCalendar } from '#kernel/domain/working-days';
import { EMPLOYEES } from '#kit/fakes';
import { servicePerformance } from '#reports/domain/performance';
import type { ServiceRequest, StageRecord } from '#requests/domain/request';

const calendar = workCalendar({
  timeZone: 'WIB',
  workWeek: [1, 2, 3, 4, 5],
  holidays: [],
  holidaysCover: { from: '2025-01-01', to: '2027-12-31' },
});

let next = 0;
function request(
  status: ServiceRequest['status'],
  stages: StageRecord[],
  extra: Partial<ServiceRequest> = {},
): ServiceRequest {
  next += 1;
  return {
    id: `00000000-0000-4000-8000-${String(next).padStart(12, '0')}`,
    serviceType: 'KGB',
    status,
    applicant: { nip: EMPLOYEES.siti.nip, name: EMPLOYEES.siti.name, unit: EMPLOYEES.siti.unit },
    createdBy: 'asn.lain',
    details: {},
    createdAt: '2026-11-23T01:00:00.000Z',
    updatedAt: '2026-11-23T01:00:00.000Z',
    submittedAt: '2026-11-23T01:00:00.000Z',
    version: 1,
    stages,
    ...extra,
  };
}

// Monday 23 November 2026 08:00 WIB; KGB's verification service level is 3 working days.
const verified = (closedAt: string, overdue = false): StageRecord => ({
  stage: 'VERIFICATION',
  openedAt: '2026-11-23T01:00:00.000Z',
  closedAt,
  outcome: 'ACCEPT',
  ...(overdue && { overdue: true as const }),
});

describe('servicePerformance', () => {
  it('counts outcomes, stage times in working days, service-level shares and the deficiency rate', () => {
    const requests = [
      request('COMPLETED', [verified('2026-11-24T03:00:00.000Z')]), // 1 day
      request('COMPLETED', [verified('2026-11-30T03:00:00.000Z', true)]), // 5 days, overdue
      request('REJECTED', [verified('2026-11-25T03:00:00.000Z')], {
        rejection: {
          reason: 'Masa kerja kurang',
          stage: 'VERIFICATION',
          decidedBy: 'v',
          decidedAt: '2026-11-25T03:00:00.000Z',
          automatic: false,
        },
      }),
      request('DEFICIENT', [
        {
          stage: 'VERIFICATION',
          openedAt: '2026-11-23T01:00:00.000Z',
          closedAt: '2026-11-26T03:00:00.000Z',
          outcome: 'DEFICIENT',
        }, // 3 days
        { stage: 'COMPLETION', openedAt: '2026-11-26T03:00:00.000Z' },
      ]),
    ];
    const figures = servicePerformance(
      { serviceType: 'KGB', serviceName: 'Kenaikan Gaji Berkala' },
      requests,
      [],
      calendar,
      {
        slaOverrides: {},
      },
    );
    expect(figures).toMatchObject({
      received: 4,
      completed: 2,
      rejected: 1,
      inProgress: 1,
      overdue: 1,
      completedWithinSla: 1,
      completedWithinSlaShare: 0.5,
      deficiencyRate: 0.25,
      rejections: [
        {
          stage: 'VERIFICATION',
          automatic: false,
          count: 1,
          reasons: [{ reason: 'Masa kerja kurang', count: 1 }],
        },
      ],
    });
    // Durations 1, 5, 2, 3 → median (nearest rank) 2, p90 5; within 3 days: 3 of 4.
    expect(figures.stages.find((stage) => stage.stage === 'VERIFICATION')).toEqual({
      stage: 'VERIFICATION',
      label: 'Verifikasi administrasi',
      passages: 4,
      medianWorkingDays: 2,
      p90WorkingDays: 5,
      overdue: 1,
      withinSla: 0.75,
    });
    expect(figures.satisfaction).toMatchObject({ respondents: 0, ikm: null, sample: { population: 4 } });
  });
});
