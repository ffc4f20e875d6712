import { randomInt } from 'node:crypto';
import { SESv2Client, SendEmailCommand } from '@aws-sdk/client-sesv2';
import type { IdentityProvider } from '#domain/ports';
import { settings } from './settings';

const ALPHABETS = ['ABCDEFGHJKLMNPQRSTUVWXYZ', 'abcdefghijkmnpqrstuvwxyz', '23456789', '!@#$%&*?'];

/** Twelve characters or more with each kind the user pool's policy asks for. */
function temporaryPassword(): string {
  const pick = (alphabet: string) => alphabet[randomInt(alphabet.length)] ?? '';
  const characters = [...ALPHABETS.map(pick), ...Array.from({ length: 12 }, () => pick(ALPHABETS.join('')))];
  for (let index = characters.length - 1; index > 0; index--) {
    const other = randomInt(index + 1);
    [characters[index], characters[other]] = [characters[other] ?? '', characters[index] ?? ''];
  }
  return characters.join('');
}

/**
 * Cognito's part in the local stack: it mails the temporary password the way Cognito's
 * invitation does (to the SES emulator). Sign-in reads the account directory, so a disabled
 * account or a change of roles takes effect at the next local login with nothing more here.
 */
export function localIdentity(): IdentityProvider {
  const ses = new SESv2Client({});
  const mail = async (to: string | undefined, username: string, subject: string, opening: string) => {
    if (!to) return;
    const text =
      `${opening}\n\nNama pengguna: ${username}\nKata sandi sementara: ${temporaryPassword()}\n\n` +
      `Masuk di ${settings.portalUrl} lalu ganti kata sandi ini. Kata sandi sementara berlaku 3 hari.`;
    await ses.send(
      new SendEmailCommand({
        FromEmailAddress: settings.mail.sender,
        Destination: { ToAddresses: [to] },
        Content: { Simple: { Subject: { Data: subject }, Body: { Text: { Data: text } } } },
      }),
    );
  };
  return {
    async create(account) {
      await mail(
        account.email,
        account.username,
        'Akun Layanan ASN Terpadu',
        `Yth. ${account.name},\n\nAkun Anda telah dibuat oleh Admin BKPSDM.`,
      );
    },
    async resetPassword(account) {
      await mail(
        account.email,
        account.username,
        'Atur ulang kata sandi',
        'Kata sandi akun Anda telah diatur ulang oleh Admin BKPSDM.',
      );
    },
    async setEnabled() {},
    async update() {},
  };
}
