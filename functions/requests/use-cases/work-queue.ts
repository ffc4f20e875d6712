import type { AccountDirectory } from '#accounts';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '#kernel/domain/errors';
import type { Clock, Page, PageQuery } from '#kernel/domain/ports';
import { type Actor, hasAnyRole } from '#kernel/domain/roles';
import {
  assertWithinDivision,
  type ReadScope,
  readableRequest,
  withinDivision,
} from '#requests/domain/access';
import { refuseSecondTier } from '#requests/domain/lifecycle';
import type { RequestRecords } from '#requests/domain/ports';
import { type ServiceRequest, WAIT_RULES, type Wait, waitsOfRole } from '#requests/domain/request';
import { retryingConflicts } from './latest';

export interface QueueDeps extends ReadScope {
  readonly records: RequestRecords;
  readonly clock: Clock;
}

function openWait(request: ServiceRequest): Wait {
  const wait = request.task?.stage;
  const role = wait && WAIT_RULES[wait].role;
  if (!wait || !role || request.outbox) {
    throw new ConflictError('NOT_IN_QUEUE', 'Permohonan ini tidak sedang menunggu di antrean pekerjaan.');
  }
  return wait;
}

async function queued(deps: QueueDeps, actor: Actor, requestId: string) {
  const request = await readableRequest(deps, actor, requestId);
  return { request, wait: openWait(request) };
}

/** An official takes a request from their queue; others see who holds it. */
export function claimRequest(deps: QueueDeps, actor: Actor, requestId: string): Promise<ServiceRequest> {
  return retryingConflicts(() => claimOnce(deps, actor, requestId));
}

async function claimOnce(deps: QueueDeps, actor: Actor, requestId: string): Promise<ServiceRequest> {
  const { request, wait } = await queued(deps, actor, requestId);
  const role = WAIT_RULES[wait].role;
  if (!role || !actor.roles.includes(role)) {
    throw new ForbiddenError(
      'ROLE_NOT_ALLOWED',
      `Tahap ${WAIT_RULES[wait].label} dikerjakan oleh peran ${role}.`,
    );
  }
  assertWithinDivision(actor, wait, request.serviceType, deps.settings);
  refuseSecondTier(request, actor.username, wait);
  if (request.claim && request.claim.username !== actor.username) {
    throw new ConflictError(
      'CLAIMED_BY_OTHER',
      `Permohonan ini sedang ditangani oleh ${request.claim.name ?? request.claim.username}.`,
    );
  }
  if (request.claim) return request;
  const at = deps.clock.now().toISOString();
  return deps.records.transition(
    request,
    {
      claim: {
        username: actor.username,
        ...(actor.name && { name: actor.name }),
        ...(actor.email && { email: actor.email }),
        at,
      },
    },
    { requestId, at, actor: { username: actor.username, role }, action: 'CLAIMED', stage: wait },
  );
}

/** The holder lets a request go back to the queue; a supervisor may release anyone's. */
export function releaseRequest(deps: QueueDeps, actor: Actor, requestId: string): Promise<ServiceRequest> {
  return retryingConflicts(() => releaseOnce(deps, actor, requestId));
}

async function releaseOnce(deps: QueueDeps, actor: Actor, requestId: string): Promise<ServiceRequest> {
  const { request, wait } = await queued(deps, actor, requestId);
  if (!request.claim) return request;
  const supervisor = hasAnyRole(actor, ['SUPERVISOR']);
  if (request.claim.username !== actor.username && !supervisor) {
    throw new ForbiddenError(
      'NOT_CLAIM_HOLDER',
      'Hanya pemegang atau pejabat pengawas yang dapat melepas permohonan ini.',
    );
  }
  const at = deps.clock.now().toISOString();
  return deps.records.transition(
    request,
    { claim: null },
    {
      requestId,
      at,
      actor: {
        username: actor.username,
        role: supervisor ? 'SUPERVISOR' : (WAIT_RULES[wait].role ?? 'VERIFIER'),
      },
      action: 'RELEASED',
      stage: wait,
      note: `Dilepas dari ${request.claim.username}`,
    },
  );
}

/** A supervisor assigns a queued request to an official who holds the stage's role. */
export async function assignRequest(
  deps: QueueDeps & { readonly accounts: AccountDirectory },
  actor: Actor,
  requestId: string,
  username: string,
): Promise<ServiceRequest> {
  if (!hasAnyRole(actor, ['SUPERVISOR'])) {
    throw new ForbiddenError('ROLE_NOT_ALLOWED', 'Penugasan ulang dilakukan oleh pejabat pengawas.');
  }
  return retryingConflicts(() => assignOnce(deps, actor, requestId, username));
}

async function assignOnce(
  deps: QueueDeps & { readonly accounts: AccountDirectory },
  actor: Actor,
  requestId: string,
  username: string,
): Promise<ServiceRequest> {
  const { request, wait } = await queued(deps, actor, requestId);
  const role = WAIT_RULES[wait].role;
  const account = await deps.accounts.get(username);
  if (!account) throw new NotFoundError('ACCOUNT_NOT_FOUND', `Akun ${username} tidak ditemukan.`, 'username');
  if (!role || !account.roles.includes(role)) {
    throw new ValidationError(
      'ASSIGNEE_WITHOUT_ROLE',
      `${account.name} tidak memegang peran ${role} untuk tahap ini.`,
      'username',
    );
  }
  refuseSecondTier(request, username, wait);
  if (!withinDivision(account, wait, request.serviceType, deps.settings)) {
    throw new ValidationError(
      'ASSIGNEE_OUTSIDE_DIVISION',
      `${account.name} tidak berada di bidang yang bertanggung jawab atas layanan ini.`,
      'username',
    );
  }
  const at = deps.clock.now().toISOString();
  return deps.records.transition(
    request,
    {
      claim: {
        username,
        name: account.name,
        ...(account.email && { email: account.email }),
        at,
        assignedBy: actor.username,
      },
    },
    {
      requestId,
      at,
      actor: { username: actor.username, role: 'SUPERVISOR' },
      action: 'ASSIGNED',
      stage: wait,
      note: `Ditugaskan kepada ${account.name} (${username})`,
    },
  );
}

export interface WorkItem {
  readonly request: ServiceRequest;
  readonly stage: Wait;
  readonly dueAt?: string;
  readonly overdue: boolean;
}

/**
 * The caller's work queue: requests waiting in the waits their roles work, oldest deadline
 * first, overdue ones flagged. A signer sees only services they hold authority for; a
 * validating official only their division's. With one
 * wait (a `stage` filter or a single role) the page carries a cursor; across several waits it
 * is the first page of each, merged.
 */
export async function listTasks(
  deps: QueueDeps,
  actor: Actor,
  query: PageQuery & { readonly stage?: Wait },
): Promise<Page<WorkItem>> {
  const workable = waitsOfRole(actor.roles);
  const waits = query.stage ? workable.filter((wait) => wait === query.stage) : workable;
  if (waits.length === 0) {
    throw new ForbiddenError(
      'NO_WORK_QUEUE',
      'Peran Anda tidak memiliki antrean pekerjaan untuk tahap ini.',
      'stage',
    );
  }
  const now = deps.clock.now().toISOString();
  const pages = await Promise.all(
    waits.map((wait) =>
      deps.records.listQueue(WAIT_RULES[wait].status, {
        limit: query.limit,
        ...(waits.length === 1 && query.cursor && { cursor: query.cursor }),
      }),
    ),
  );
  const signable = new Map<string, boolean>();
  const canSign = async (serviceType: string) => {
    if (!signable.has(serviceType)) {
      const holders = await deps.authorities.forService(serviceType);
      signable.set(
        serviceType,
        holders.some((holder) => holder.username === actor.username),
      );
    }
    return signable.get(serviceType) ?? false;
  };
  const items: WorkItem[] = [];
  for (const request of pages.flatMap((page) => page.items)) {
    const task = request.task;
    if (!task || !waits.includes(task.stage)) continue;
    if (task.stage === 'SIGNING' && !(await canSign(request.serviceType))) continue;
    if (!withinDivision(actor, task.stage, request.serviceType, deps.settings)) continue;
    if (task.stage === 'HANDOVER' && request.plan?.handoverMode === 'ELECTRONIC') continue;
    items.push({
      request,
      stage: task.stage,
      ...(task.dueAt && { dueAt: task.dueAt }),
      overdue: task.overdue || (task.dueAt !== undefined && task.dueAt <= now),
    });
  }
  items.sort((a, b) => (a.dueAt ?? '9999').localeCompare(b.dueAt ?? '9999'));
  const cursor = waits.length === 1 ? pages[0]?.cursor : undefined;
  return { items: items.slice(0, query.limit), ...(cursor && { cursor }) };
}
