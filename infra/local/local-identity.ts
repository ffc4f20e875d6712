import { randomInt } from 'node:crypto';
import { SESv2Client, SendEmailCommand } from '@aws-sdk/client-sesv2';
import {
  type AccountMail,
  fillAccountMail,
  invitationMail,
  passwordResetMail,
} from '#accounts/domain/account-mail';
import type { IdentityProvider } from '#accounts/domain/ports';
import { settings } from '#kernel/adapters/settings';

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
 * Cognito's part in the local stack: it mails the invitation with a temporary password, and a
 * reset code, from the same templates the user pool is given (domain/account-mail.ts), to the
 * SES emulator. Sign-in reads the account directory, so a disabled account or a change of roles
 * takes effect at the next local login with nothing more here.
 */
export function localIdentity(): IdentityProvider {
  const ses = new SESv2Client({});
  const context = { agencyName: settings.agency.name, portalUrl: settings.portalUrl };
  const mail = async (to: string | undefined, { subject, body }: AccountMail) => {
    if (!to) return;
    await ses.send(
      new SendEmailCommand({
        FromEmailAddress: settings.mail.sender,
        Destination: { ToAddresses: [to] },
        Content: { Simple: { Subject: { Data: subject }, Body: { Html: { Data: body } } } },
      }),
    );
  };
  return {
    async create(account) {
      await mail(
        account.email,
        fillAccountMail(invitationMail(context), account.username, temporaryPassword()),
      );
    },
    async resetPassword(account) {
      const code = String(randomInt(1_000_000)).padStart(6, '0');
      await mail(account.email, fillAccountMail(passwordResetMail(context), account.username, code));
    },
    async setEnabled() {},
    async update() {},
  };
}
