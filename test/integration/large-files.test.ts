import { createHash, randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { apiClient } from '#kit/api';
import { freshApplicant } from '#kit/applicants';
import { eventually } from '#kit/eventually';
import { requestAwaitingVerification } from '#kit/fixtures';
import { issueAndAnswerSurvey } from '#kit/workflow';

const stack = inject('stack');
const api = apiClient(stack.urls.api);
const MB = 1_048_576;

interface Answer {
  readonly status: number;
  readonly body: { readonly error?: { readonly code: string; readonly message: string } } & Record<
    string,
    unknown
  >;
  readonly reusedSocket: boolean;
}

/** One request through `agent` (a single kept-alive connection), saying whether it reused the connection. */
function send(
  agent: Agent,
  method: string,
  path: string,
  body?: Buffer,
  headers: Record<string, string> = { 'content-type': 'application/pdf' },
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const call = request(
      `${stack.urls.api}${path}`,
      { method, agent, headers: body ? { ...headers, 'content-length': body.length } : {} },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => {
          const text = Buffer.concat(chunks).toString();
          resolve({
            status: response.statusCode ?? 0,
            body: text ? JSON.parse(text) : {},
            reusedSocket: call.reusedSocket,
          });
        });
      },
    );
    call.on('error', reject);
    call.end(body);
  });
}

/** A file that starts like a PDF, of `bytes` bytes. */
const pdfOf = (bytes: number) => Buffer.concat([Buffer.from('%PDF-1.4\n'), randomBytes(bytes - 9)]);

/** PUTs `body` to a presigned URL as the client would. */
async function put(url: string, body: Buffer, type: string): Promise<number> {
  return (await fetch(url, { method: 'PUT', headers: { 'content-type': type }, body })).status;
}

describe('large files: the size limits of API Gateway and Lambda, and uploads to S3 beyond them', () => {
  it('answers a body over API Gateway’s 10 MB with 413, and the connection serves the next request', async () => {
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    try {
      const refused = await send(agent, 'POST', '/verify', pdfOf(10 * MB + 1));
      expect(refused.status).toBe(413);
      expect(refused.body.error?.code).toBe('BODY_TOO_LARGE');
      const next = await send(agent, 'GET', '/health');
      expect(next.status).toBe(200);
      expect(next.reusedSocket).toBe(true);
    } finally {
      agent.destroy();
    }
  });

  it('answers as AWS does where a body fits API Gateway but its base64 event does not fit Lambda’s 6 MB', async () => {
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    try {
      // 4.7 MB of PDF is 6.3 MB of base64: Lambda refuses the invocation, API Gateway answers 502.
      const tooLarge = await send(agent, 'POST', '/verify', pdfOf(4.7 * MB));
      expect(tooLarge.status).toBe(502);
      expect(tooLarge.body.error?.code).toBe('GATEWAY_ERROR');
      // text/csv is a binary media type of the API (reports are produced as CSV): base64 too.
      const csv = await send(agent, 'POST', '/employees:import', Buffer.alloc(4.7 * MB, 'a'), {
        'content-type': 'text/csv',
        authorization: `Bearer ${await api.token('admin.bkpsdm')}`,
      });
      expect(csv.status).toBe(502);
      // 4.2 MB reaches the function, which says where a file above 4 MB goes.
      const overRoute = await send(agent, 'POST', '/verify', pdfOf(4.2 * MB));
      expect(overRoute.status).toBe(400);
      expect(overRoute.body.error?.message).toContain('POST /verify/uploads');
      const fits = await send(agent, 'POST', '/verify', pdfOf(3.5 * MB));
      expect(fits.status).toBe(200);
      expect(fits.body).toMatchObject({ match: false });
    } finally {
      agent.destroy();
    }
  });

  it('checks a file of any size up to 10 MB sent by upload: an issued document matches, another file does not', async () => {
    const applicant = (await freshApplicant(api)).username;
    const { id } = await requestAwaitingVerification(api, applicant);
    await issueAndAnswerSurvey(api, id, applicant);
    const output = await api.get<{ downloadUrl: string; sha256: string }>(`/requests/${id}/output`, {
      as: applicant,
    });
    const issued = Buffer.from(await (await fetch(output.body.downloadUrl)).arrayBuffer());
    const large = pdfOf(7 * MB);

    for (const [file, match] of [
      [issued, true],
      [large, false],
    ] as const) {
      const registered = await api.post<{ uploadId: string; uploadUrl: string; expiresAt: string }>(
        '/verify/uploads',
        { body: { contentType: 'application/pdf', size: file.length } },
      );
      expect(registered.status).toBe(201);
      expect(await put(registered.body.uploadUrl, file, 'application/pdf')).toBe(200);
      const checked = await api.get<{ match: boolean; sha256: string; verification?: { status: string } }>(
        `/verify/uploads/${registered.body.uploadId}`,
      );
      expect(checked.status).toBe(200);
      expect(checked.body).toMatchObject({ match, sha256: createHash('sha256').update(file).digest('hex') });
      if (match) expect(checked.body.verification?.status).toBe('VALID');
    }

    const tooLarge = await api.post<{ error: { field: string } }>('/verify/uploads', {
      body: { contentType: 'application/pdf', size: 10 * MB + 1 },
    });
    expect(tooLarge.status).toBe(400);
    expect(tooLarge.body.error.field).toBe('size');
    const notUploaded = await api.post<{ uploadId: string }>('/verify/uploads', {
      body: { contentType: 'application/pdf', size: 100 },
    });
    const missing = await api.get<{ error: { code: string } }>(
      `/verify/uploads/${notUploaded.body.uploadId}`,
    );
    expect(missing.status).toBe(404);
    expect(missing.body.error.code).toBe('UPLOAD_NOT_FOUND');
  });

  it('imports an employee CSV too large for the request body by upload, as one job like the body route', async () => {
    const [header, ...rows] = readFileSync(
      join(import.meta.dirname, '../../config/agencies/demo-employees.csv'),
      'utf8',
    )
      .trim()
      .split(/\r?\n/);
    // The demo agency's employees with a long remark column the import ignores: 5 MB of them.
    const remark = 'x'.repeat(Math.ceil((5 * MB) / rows.length));
    const csv = Buffer.from([`${header};CATATAN`, ...rows.map((row) => `${row};${remark}`)].join('\n'));
    expect(csv.length).toBeGreaterThan(5 * MB);

    const registered = await api.post<{ uploadId: string; uploadUrl: string }>('/employees/imports/uploads', {
      as: 'admin.bkpsdm',
      body: { size: csv.length },
    });
    expect(registered.status).toBe(201);
    expect(await put(registered.body.uploadUrl, csv, 'text/csv')).toBe(200);
    const started = await api.post<{ id: string; status: string; totalRows: number; progressUrl: string }>(
      '/employees/imports',
      { as: 'admin.bkpsdm', body: { uploadId: registered.body.uploadId } },
    );
    expect(started.status).toBe(202);
    expect(started.body).toMatchObject({
      id: createHash('sha256').update(csv).digest('hex'),
      totalRows: rows.length,
    });
    const done = await eventually(
      async () =>
        (
          await api.get<{ status: string; unchanged: number }>(started.body.progressUrl, {
            as: 'admin.bkpsdm',
          })
        ).body,
      (job) => job.status === 'COMPLETED' || job.status === 'FAILED',
      30_000,
    );
    expect(done).toMatchObject({ status: 'COMPLETED', processedRows: rows.length, rejected: 0 });
    const again = await api.post<{ id: string }>('/employees/imports', {
      as: 'admin.bkpsdm',
      body: { uploadId: registered.body.uploadId },
    });
    expect(again.status).toBe(200);
    expect(again.body.id).toBe(started.body.id);
  });
});
