import { afterEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { logger } from '#kernel/adapters/observability';
import { stepHandler } from '#kernel/lambda/step-handler';
import { lambdaContext } from '#kit/lambda';

const NIP = '198807222012122001';
const NIK = '3571016207880001';
const BIRTH_DATE = '1988-07-22';
const ADDRESS = 'Jalan Melati Nomor 5, Kelurahan Bandar';

/** What the logger wrote while `log` ran, from stdout and stderr. */
function captured(log: () => void): string {
  const lines: string[] = [];
  const collect = (chunk: unknown) => {
    lines.push(String(chunk));
    return true;
  };
  vi.spyOn(process.stdout, 'write').mockImplementation(collect);
  vi.spyOn(process.stderr, 'write').mockImplementation(collect);
  // Unit tests run the logger silent; this one needs its lines.
  const level = logger.getLevelName();
  logger.setLogLevel('INFO');
  try {
    log();
  } finally {
    logger.setLogLevel(level);
    vi.restoreAllMocks();
  }
  return lines.join('');
}

afterEach(() => vi.restoreAllMocks());

describe('log redaction of personal data', () => {
  it('keeps NIP, NIK, birth dates and addresses out of every log line, and what is not personal in', () => {
    const output = captured(() => {
      logger.info('request read', {
        requestId: '0b6f3c1e-4c55-4d8e-9d59-0f2b8f1b6a11',
        serviceType: 'CUTI',
        applicant: { nip: NIP, unit: 'DINKES', birthDate: BIRTH_DATE },
        details: { addressDuringLeave: ADDRESS, leaveType: 'CUTI_TAHUNAN' },
        employee: { nik: NIK, alamat: ADDRESS },
      });
      logger.error('unhandled error', {
        error: new Error(`Pegawai dengan NIP ${NIP} (NIK ${NIK}) tidak ditemukan`),
      });
      logger.warn(`applicant ${NIP} has no e-mail address`);
    });
    expect(output.trim().split('\n')).toHaveLength(3);
    for (const personal of [NIP, NIK, BIRTH_DATE, ADDRESS]) expect(output).not.toContain(personal);
    expect(output).toContain('0b6f3c1e-4c55-4d8e-9d59-0f2b8f1b6a11');
    expect(output).toContain('CUTI_TAHUNAN');
    expect(output).toContain('DINKES');
    const [, failure, warning] = output
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(failure.error.message).toBe('Pegawai dengan NIP [NIP] (NIK [NIK]) tidak ditemukan');
    expect(failure.error.name).toBe('Error');
    expect(warning.message).toBe('applicant [NIP] has no e-mail address');
  });

  it('masks only whole identity numbers, not longer or shorter runs of digits', () => {
    const output = captured(() =>
      logger.info('numbers', { amount: '3455600', reference: `X${'1'.repeat(20)}`, when: 1700000000000 }),
    );
    expect(output).toContain('3455600');
    expect(output).toContain('1'.repeat(20));
    expect(output).toContain('1700000000000');
  });

  it('masks e-mail addresses too', () => {
    const output = captured(() => logger.warn('mail refused for siti.rahmawati@kotademo.go.id'));
    expect(output).not.toContain('kotademo.go.id');
    expect(JSON.parse(output).message).toBe('mail refused for [surel]');
  });
});

describe('workflow step errors', () => {
  it('reach the execution history with personal data masked and their class name kept for Retry and Catch', async () => {
    class ConflictError extends Error {
      override name = 'ConflictError';
    }
    const step = stepHandler(z.object({}), async () => {
      throw new ConflictError(`Pegawai ${NIP} <siti@kotademo.go.id> berubah`);
    });
    const failure = await step({}, lambdaContext()).catch((error: Error) => error);
    expect(failure).toBeInstanceOf(ConflictError);
    expect((failure as Error).message).toBe('Pegawai [NIP] <[surel]> berubah');
    expect((failure as Error).stack).not.toContain(NIP);
  });
});
