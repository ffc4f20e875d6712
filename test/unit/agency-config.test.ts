import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AgencyConfigError, loadAgencyConfig, runtimeSettingsOf } from '#infra/config';

const CONFIG_DIR = join(import.meta.dirname, '..', '..', 'config');
const demo = JSON.parse(readFileSync(join(CONFIG_DIR, 'agencies', 'demo.json'), 'utf8')) as Record<
  string,
  unknown
>;

/** A config directory holding `agencies/<code>.json` and the shipped calendars. */
function configDir(agency: Record<string, unknown>, code = 'uji') {
  const dir = mkdtempSync(join(tmpdir(), 'agency-config-'));
  mkdirSync(join(dir, 'agencies'));
  mkdirSync(join(dir, 'calendars'));
  writeFileSync(join(dir, 'agencies', `${code}.json`), JSON.stringify(agency));
  writeFileSync(
    join(dir, 'calendars', 'indonesia.json'),
    readFileSync(join(CONFIG_DIR, 'calendars', 'indonesia.json')),
  );
  return dir;
}

const withCode = (overrides: Record<string, unknown>) => ({
  ...demo,
  agency: { ...(demo.agency as object), code: 'uji' },
  ...overrides,
});

describe('agency configuration', () => {
  it('loads the demo agency with defaults filled in', () => {
    const config = loadAgencyConfig('demo');
    expect(config).toMatchObject({ agency: { code: 'demo', region: 'ap-southeast-3' }, timeZone: 'WIB' });
    expect(config.api.requestsPerIpPer5Minutes).toBe(3000);
  });

  it('fails naming the field when a value is wrong', () => {
    const dir = configDir(withCode({ timeZone: 'GMT' }));
    expect(() => loadAgencyConfig('uji', dir)).toThrow(AgencyConfigError);
    expect(() => loadAgencyConfig('uji', dir)).toThrow(/timeZone: pilihan tidak valid.*WIB, WITA, WIT/);
  });

  it('fails naming a field that is not part of the configuration', () => {
    const dir = configDir(withCode({ timezone: 'WIB' }));
    expect(() => loadAgencyConfig('uji', dir)).toThrow(/timezone: isian tidak dikenal/);
  });

  it('fails naming a nested field, e.g. the sender address', () => {
    const dir = configDir(withCode({ mail: { sender: 'bukan-alamat' } }));
    expect(() => loadAgencyConfig('uji', dir)).toThrow(/mail\.sender: harus berupa alamat surel/);
  });

  it.each([
    [['ADMINISTRATOR', 'SUPERVISOR'], /catalogOverrides\.CUTI\.validationTiers: urutan validasi/],
    [
      ['SUPERVISOR', 'SUPERVISOR'],
      /catalogOverrides\.CUTI\.validationTiers: tingkat validasi tidak boleh berulang/,
    ],
    [[], /catalogOverrides\.CUTI\.validationTiers: validasi berjenjang memerlukan/],
  ])('refuses validation tiers %j out of Pasal 10’s order, naming the field', (tiers, message) => {
    const dir = configDir(withCode({ catalogOverrides: { CUTI: { validationTiers: tiers } } }));
    expect(() => loadAgencyConfig('uji', dir)).toThrow(message);
  });

  it('takes one tier, or both in order', () => {
    for (const tiers of [['SUPERVISOR'], ['ADMINISTRATOR'], ['SUPERVISOR', 'ADMINISTRATOR']]) {
      const dir = configDir(withCode({ catalogOverrides: { CUTI: { validationTiers: tiers } } }));
      expect(loadAgencyConfig('uji', dir).catalogOverrides.CUTI?.validationTiers).toEqual(tiers);
    }
  });

  it('refuses at synth a numbering where two series can print the same number, naming the field', () => {
    const documents = demo.documents as { numbering: { codes: Record<string, string> } };
    const dir = configDir(
      withCode({
        documents: {
          ...documents,
          numbering: { ...documents.numbering, codes: { ...documents.numbering.codes, CUTI: '822' } },
        },
      }),
    );
    expect(() => loadAgencyConfig('uji', dir)).toThrow(
      /documents\.numbering\.codes\.CUTI: kode klasifikasi 822 sudah dipakai seri KGB/,
    );
  });

  it('requires the file name and agency.code to agree', () => {
    const dir = configDir(demo);
    expect(() => loadAgencyConfig('uji', dir)).toThrow(/agency\.code/);
  });

  it('says which file is missing for an unknown agency', () => {
    expect(() => loadAgencyConfig('tidak-ada')).toThrow(/config\/agencies\/tidak-ada\.json/);
  });

  it('merges the national calendar with the agency’s own additions and removals', () => {
    const dir = configDir(
      withCode({
        holidays: {
          calendar: 'indonesia',
          additions: [{ date: '2026-09-10', name: 'Hari Jadi Kota Uji', kind: 'LIBUR_DAERAH' }],
          removals: ['2026-12-24'],
        },
      }),
    );
    const settings = runtimeSettingsOf(loadAgencyConfig('uji', dir), dir);
    const dates = settings.holidays.map((holiday) => holiday.date);
    expect(dates).toContain('2026-09-10');
    expect(dates).toContain('2026-12-25');
    expect(dates).not.toContain('2026-12-24');
    expect(dates).toEqual([...dates].sort());
    expect(settings).not.toHaveProperty('backup');
    expect(settings).not.toHaveProperty('domains');
  });

  it('covers exactly the years the national calendar has a decree for', () => {
    const settings = runtimeSettingsOf(loadAgencyConfig('demo'));
    expect(settings.holidaysCover).toEqual({ from: '2025-01-01', to: '2027-12-31' });
  });

  it('refuses a calendar listing a holiday in a year it names no decree for', () => {
    const dir = configDir(withCode({}));
    const calendar = JSON.parse(readFileSync(join(dir, 'calendars', 'indonesia.json'), 'utf8'));
    calendar.holidays.push({ date: '2028-01-01', name: 'Tahun Baru 2028 Masehi', kind: 'LIBUR_NASIONAL' });
    writeFileSync(join(dir, 'calendars', 'indonesia.json'), JSON.stringify(calendar));
    expect(() => runtimeSettingsOf(loadAgencyConfig('uji', dir), dir)).toThrow(
      /holidays\.\d+\.date: tahun 2028 tidak memiliki dasar hukum/,
    );
  });
});

describe('agency configuration for a deployment', () => {
  const production = (overrides: Record<string, unknown>) =>
    withCode({ environment: 'production', ...overrides });

  it('refuses a production config whose QR codes would point at the API’s own address', () => {
    const dir = configDir(production({ domains: { signIn: {} } }));
    expect(() => loadAgencyConfig('uji', dir)).toThrow(/domains\.api: wajib untuk produksi/);
  });

  it('prints the API’s custom domain in QR codes unless the config names the address', () => {
    const settings = runtimeSettingsOf(loadAgencyConfig('demo'));
    expect(settings.documents.verificationBaseUrl).toBe('https://api.layanan.bkpsdm.kotademo.go.id');
  });

  it('refuses a verification address off the API’s domain, or with a path', () => {
    const documents = (url: string) => ({ ...(demo.documents as object), verificationBaseUrl: url });
    expect(() =>
      loadAgencyConfig('uji', configDir(production({ documents: documents('https://lain.go.id') }))),
    ).toThrow(/documents\.verificationBaseUrl: harus beralamat di domain API/);
    expect(() =>
      loadAgencyConfig(
        'uji',
        configDir(production({ documents: documents('https://api.layanan.bkpsdm.kotademo.go.id/v1') })),
      ),
    ).toThrow(/documents\.verificationBaseUrl: hanya alamat domain/);
  });

  it('refuses an http callback of a registered front end, naming it', () => {
    const frontEnds = [
      { name: 'kios', callbackUrls: ['https://kios.go.id/masuk', 'http://kios.go.id/masuk'] },
    ];
    expect(() => loadAgencyConfig('uji', configDir(production({ frontEnds })))).toThrow(
      /frontEnds\.0\.callbackUrls\.1: harus https/,
    );
  });

  it('allows http://localhost callbacks in development only', () => {
    const frontEnds = [{ name: 'dev', callbackUrls: ['http://localhost:5173/masuk'] }];
    expect(() => loadAgencyConfig('uji', configDir(production({ frontEnds })))).toThrow(
      /frontEnds\.0\.callbackUrls\.0: http:\/\/localhost hanya diizinkan bila environment bernilai development/,
    );
    const development = withCode({ environment: 'development', domains: {}, frontEnds });
    expect(loadAgencyConfig('uji', configDir(development)).frontEnds[0]?.logoutUrls).toEqual([]);
  });

  it('refuses an http portal in production, naming portalUrl', () => {
    expect(() =>
      loadAgencyConfig('uji', configDir(production({ portalUrl: 'http://layanan.go.id' }))),
    ).toThrow(/portalUrl: harus https/);
  });

  it('takes a custom sign-in domain only with its us-east-1 certificate', () => {
    const signIn = (value: object) =>
      production({ domains: { api: { name: 'api.uji.go.id' }, signIn: value } });
    expect(() => loadAgencyConfig('uji', configDir(signIn({ name: 'masuk.uji.go.id' })))).toThrow(
      /domains\.signIn\.certificateArn: wajib diisi bersama name/,
    );
    expect(() =>
      loadAgencyConfig(
        'uji',
        configDir(
          signIn({
            name: 'masuk.uji.go.id',
            certificateArn:
              'arn:aws:acm:ap-southeast-3:123456789012:certificate/00000000-0000-0000-0000-000000000000',
          }),
        ),
      ),
    ).toThrow(/domains\.signIn\.certificateArn: ARN sertifikat ACM di region us-east-1/);
  });
});
