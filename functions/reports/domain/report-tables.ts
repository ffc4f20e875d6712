import type { PerformanceReport, SatisfactionReport } from '#reports/use-cases/reports';
import { SKM_ELEMENTS } from './satisfaction';
import type { Sheet } from './tables';

const percent = (value: number | undefined) =>
  value === undefined ? null : Math.round(value * 10_000) / 100;

/** The performance report as sheets: per service, per service and stage, and the rejections. */
export function performanceSheets(report: PerformanceReport): Sheet[] {
  const groups = [...report.services, report.total];
  return [
    {
      name: 'Layanan',
      columns: [
        { key: 'serviceType', header: 'Kode layanan' },
        { key: 'serviceName', header: 'Layanan' },
        { key: 'received', header: 'Diterima' },
        { key: 'completed', header: 'Selesai' },
        { key: 'rejected', header: 'Ditolak' },
        { key: 'inProgress', header: 'Dalam proses' },
        { key: 'overdue', header: 'Melewati batas waktu' },
        { key: 'manual', header: 'Manual (keadaan kahar)' },
        { key: 'withinSla', header: 'Selesai tepat waktu (%)' },
        { key: 'deficiency', header: 'Perlu perbaikan (%)' },
        { key: 'ikm', header: 'IKM' },
        { key: 'grade', header: 'Mutu pelayanan' },
        { key: 'respondents', header: 'Responden' },
      ],
      rows: groups.map((group) => ({
        serviceType: group.serviceType,
        serviceName: group.serviceName,
        received: group.received,
        completed: group.completed,
        rejected: group.rejected,
        inProgress: group.inProgress,
        overdue: group.overdue,
        manual: group.manual,
        withinSla: percent(group.completedWithinSlaShare),
        deficiency: percent(group.deficiencyRate),
        ikm: group.satisfaction.ikm,
        grade: group.satisfaction.grade,
        respondents: group.satisfaction.respondents,
      })),
    },
    {
      name: 'Tahap',
      columns: [
        { key: 'serviceType', header: 'Kode layanan' },
        { key: 'stage', header: 'Tahap' },
        { key: 'passages', header: 'Jumlah' },
        { key: 'median', header: 'Median (hari kerja)' },
        { key: 'p90', header: 'Persentil 90 (hari kerja)' },
        { key: 'overdue', header: 'Melewati batas waktu' },
        { key: 'withinSla', header: 'Tepat waktu (%)' },
      ],
      rows: groups.flatMap((group) =>
        group.stages.map((stage) => ({
          serviceType: group.serviceType,
          stage: stage.label,
          passages: stage.passages,
          median: stage.medianWorkingDays ?? null,
          p90: stage.p90WorkingDays ?? null,
          overdue: stage.overdue,
          withinSla: percent(stage.withinSla),
        })),
      ),
    },
    {
      name: 'Penolakan',
      columns: [
        { key: 'serviceType', header: 'Kode layanan' },
        { key: 'stage', header: 'Tahap' },
        { key: 'automatic', header: 'Otomatis' },
        { key: 'reason', header: 'Alasan' },
        { key: 'count', header: 'Jumlah' },
      ],
      rows: report.services.flatMap((group) =>
        group.rejections.flatMap((rejection) =>
          rejection.reasons.map((reason) => ({
            serviceType: group.serviceType,
            stage: rejection.stage,
            automatic: rejection.automatic ? 'Ya' : 'Tidak',
            reason: reason.reason,
            count: reason.count,
          })),
        ),
      ),
    },
  ];
}

/** The satisfaction report as one sheet: each group with its NRR per element, IKM and grade. */
export function satisfactionSheets(report: SatisfactionReport): Sheet[] {
  const groups = [
    { level: 'Instansi', ...report.agency },
    ...report.services.map((group) => ({ level: 'Layanan', ...group })),
    ...report.units.map((group) => ({ level: 'Unit', ...group })),
  ];
  return [
    {
      name: 'IKM',
      columns: [
        { key: 'level', header: 'Tingkat' },
        { key: 'group', header: 'Kode' },
        { key: 'name', header: 'Nama' },
        { key: 'respondents', header: 'Responden' },
        ...SKM_ELEMENTS.map((element) => ({
          key: element.code,
          header: `NRR ${element.code} ${element.name}`,
        })),
        { key: 'ikm', header: 'IKM' },
        { key: 'grade', header: 'Mutu' },
        { key: 'quality', header: 'Kinerja' },
        { key: 'population', header: 'Populasi' },
        { key: 'minimum', header: 'Sampel minimum' },
        { key: 'reached', header: 'Sampel tercapai' },
      ],
      rows: groups.map((group) => ({
        level: group.level,
        group: group.group,
        name: group.name,
        respondents: group.respondents,
        ...Object.fromEntries(group.elements.map((element) => [element.code, element.nrr])),
        ikm: group.ikm,
        grade: group.grade,
        quality: group.quality,
        population: group.sample.population,
        minimum: group.sample.minimum,
        reached: group.sample.reached ? 'Ya' : 'Tidak',
      })),
    },
  ];
}
