import type { Verification } from '#documents/use-cases/verification';
import { escapeHtml } from '#kernel/domain/html';
import type { TimeZone } from '#kernel/domain/settings';
import { formatDateTime } from '#requests';

const COLOURS = { VALID: '#1b7f3b', REVOKED: '#b3261e', INVALID: '#b3261e', UNKNOWN: '#5f6368' } as const;

const ACTING = { PLT: 'Plt. ', PLH: 'Plh. ' } as const;

function rows(verification: Verification, timeZone: TimeZone): string {
  const document = verification.document;
  if (!document) {
    return '<p>Dokumen dengan kode ini tidak terdaftar sebagai dokumen yang diterbitkan. Pastikan kode QR dipindai dari dokumen aslinya.</p>';
  }
  const signer = `${document.signer.acting ? ACTING[document.signer.acting] : ''}${document.signer.position}`;
  const lines: Array<[string, string]> = [
    ['Nomor', document.number],
    ['Dokumen', document.title],
    ['Layanan', document.serviceName],
    ['Tanggal terbit', formatDateTime(document.issuedAt, timeZone)],
    ['Penandatangan', document.signer.name],
    ['Jabatan', signer],
    ...(document.signer.nip ? ([['NIP penandatangan', document.signer.nip]] as Array<[string, string]>) : []),
    [
      'Tanda tangan elektronik',
      document.signature.valid
        ? 'Cocok dengan kunci publik instansi (ECDSA P-256, SHA-256)'
        : 'TIDAK cocok dengan kunci publik instansi',
    ],
    ['Sidik berkas (SHA-256)', document.sha256],
    ...(document.revocation
      ? ([
          ['Dicabut pada', formatDateTime(document.revocation.at, timeZone)],
          ['Alasan pencabutan', document.revocation.reason],
        ] as Array<[string, string]>)
      : []),
  ];
  return `<table>${lines
    .map(([label, value]) => `<tr><th>${escapeHtml(label)}</th><td>${escapeHtml(value)}</td></tr>`)
    .join('')}</table>
<p class="note">Untuk memastikan berkas yang Anda pegang sama persis, bandingkan sidik SHA-256 berkasnya dengan sidik di atas
(misalnya <code>sha256sum berkas.pdf</code>), atau kirim berkasnya ke <code>POST /verify</code>.</p>`;
}

/** The public page a document's QR code opens: Bahasa Indonesia, no scripts, nothing personal. */
export function verificationPage(
  verification: Verification,
  agency: { readonly name: string; readonly timeZone: TimeZone },
): string {
  const agencyName = agency.name;
  const colour = COLOURS[verification.status];
  return `<!doctype html>
<html lang="id">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>Verifikasi Dokumen — ${escapeHtml(agencyName)}</title>
<style>
body{font-family:Arial,Helvetica,sans-serif;margin:0;background:#f4f6f8;color:#202124}
main{max-width:42rem;margin:0 auto;padding:1.5rem}
h1{font-size:1.25rem;margin:0 0 .25rem}
.agency{color:#5f6368;margin:0 0 1rem}
.status{display:inline-block;padding:.5rem 1rem;border-radius:.5rem;color:#fff;background:${colour};font-weight:bold;font-size:1.1rem}
table{width:100%;border-collapse:collapse;margin-top:1rem;background:#fff}
th,td{text-align:left;vertical-align:top;padding:.5rem;border-bottom:1px solid #e0e0e0;word-break:break-word}
th{width:38%;color:#5f6368;font-weight:normal}
.note{font-size:.85rem;color:#5f6368}
</style>
</head>
<body>
<main>
<h1>Verifikasi Keaslian Dokumen</h1>
<p class="agency">${escapeHtml(agencyName)}</p>
<p class="status">${escapeHtml(verification.statusLabel)}</p>
${rows(verification, agency.timeZone)}
<p class="note">Kode dokumen: ${escapeHtml(verification.documentId)}</p>
</main>
</body>
</html>
`;
}
