export interface SentMail {
  readonly from: string;
  readonly destination: { readonly to: readonly string[] };
  readonly subject: string;
  readonly body: { readonly text?: string; readonly html?: string };
}

/** The mail SES local has accepted for `to`, oldest first. */
export async function sentMail(sesUrl: string, to: string): Promise<SentMail[]> {
  const response = await fetch(`${sesUrl}/store`);
  const store = (await response.json()) as { emails: SentMail[] };
  return store.emails.filter((mail) => mail.destination.to.includes(to));
}
