import { escapeHtml } from '#kernel/domain/html';

/**
 * The mail Cognito sends about an account, in Bahasa Indonesia with the agency's name and the
 * portal's address. Cognito fills `{username}` and `{####}` (the temporary password, or the reset
 * code); the CDK stack gives these texts to the user pool as its message templates, and the local
 * stack, which plays Cognito's part, fills them the same way.
 */
export interface AccountMail {
  readonly subject: string;
  /** HTML, with Cognito's placeholders. */
  readonly body: string;
}

/** What the mail names: the agency, and where its portal is. */
export interface AccountMailContext {
  readonly agencyName: string;
  readonly portalUrl: string;
}

export const USERNAME_PLACEHOLDER = '{username}';
export const CODE_PLACEHOLDER = '{####}';

const footer = (context: AccountMailContext) =>
  `<p>Surel ini dikirim otomatis oleh Layanan ASN Terpadu ${escapeHtml(context.agencyName)}; ` +
  'mohon tidak membalasnya. Bila Anda tidak merasa meminta ini, hubungi Admin BKPSDM.</p>';

const portalLink = (context: AccountMailContext) =>
  `<a href="${escapeHtml(context.portalUrl)}">${escapeHtml(context.portalUrl)}</a>`;

/** The invitation with the temporary password, sent when an admin issues an account. */
export function invitationMail(context: AccountMailContext): AccountMail {
  return {
    subject: `Akun Layanan ASN Terpadu ${context.agencyName}`,
    body: [
      '<p>Yth. Bapak/Ibu,</p>',
      `<p>Admin BKPSDM telah membuatkan akun Layanan ASN Terpadu ${escapeHtml(context.agencyName)} untuk Anda.</p>`,
      `<p>Nama pengguna: <b>${USERNAME_PLACEHOLDER}</b><br>Kata sandi sementara: <b>${CODE_PLACEHOLDER}</b></p>`,
      `<p>Masuk di ${portalLink(context)} dalam 3 hari, lalu ganti kata sandi sementara ini. ` +
        'Pejabat, verifikator, dan admin juga mengaktifkan aplikasi autentikator (TOTP) untuk akunnya.</p>',
      footer(context),
    ].join('\n'),
  };
}

/** The code that lets the owner set a new password, after an admin reset it or they asked for it. */
export function passwordResetMail(context: AccountMailContext): AccountMail {
  return {
    subject: `Kode atur ulang kata sandi Layanan ASN Terpadu ${context.agencyName}`,
    body: [
      '<p>Yth. Bapak/Ibu,</p>',
      `<p>Kode untuk mengatur ulang kata sandi akun Anda: <b>${CODE_PLACEHOLDER}</b></p>`,
      `<p>Masukkan kode ini pada halaman masuk ${portalLink(context)} lalu buat kata sandi baru.</p>`,
      footer(context),
    ].join('\n'),
  };
}

/** A template with its placeholders filled, as Cognito sends it. */
export function fillAccountMail(mail: AccountMail, username: string, code: string): AccountMail {
  return {
    subject: mail.subject,
    body: mail.body.replaceAll(USERNAME_PLACEHOLDER, escapeHtml(username)).replaceAll(CODE_PLACEHOLDER, code),
  };
}
