import { ForbiddenError } from '../errors';
import type { Clock, Page, PageQuery, RequestRecords } from '../ports';
import { type ServiceRequest, STAGE_RULES, type Stage, stagesOfRole } from '../request';
import type { Actor } from '../roles';

export interface WorkItem {
  readonly request: ServiceRequest;
  readonly stage: Stage;
  readonly dueAt: string;
  readonly overdue: boolean;
}

/**
 * The caller's work queue: requests waiting in the stages their roles work, oldest deadline
 * first, overdue ones flagged. With one stage (a `stage` filter, or a single official role)
 * the page carries a cursor; across several stages it is the first page of each, merged.
 */
export async function listTasks(
  deps: { readonly records: RequestRecords; readonly clock: Clock },
  actor: Actor,
  query: PageQuery & { stage?: Stage },
): Promise<Page<WorkItem>> {
  const workable = stagesOfRole(actor.roles);
  const stages = query.stage ? workable.filter((stage) => stage === query.stage) : workable;
  if (stages.length === 0) {
    throw new ForbiddenError(
      'NO_WORK_QUEUE',
      'Peran Anda tidak memiliki antrean pekerjaan untuk tahap ini.',
      'stage',
    );
  }
  const now = deps.clock.now().toISOString();
  const pages = await Promise.all(
    stages.map((stage) =>
      deps.records.listQueue(STAGE_RULES[stage].status, {
        limit: query.limit,
        ...(stages.length === 1 && query.cursor && { cursor: query.cursor }),
      }),
    ),
  );
  const items = pages
    .flatMap((page) => page.items)
    .flatMap((request): WorkItem[] =>
      request.task
        ? [
            {
              request,
              stage: request.task.stage,
              dueAt: request.task.dueAt,
              overdue: request.task.overdue || request.task.dueAt <= now,
            },
          ]
        : [],
    )
    .sort((a, b) => a.dueAt.localeCompare(b.dueAt))
    .slice(0, query.limit);
  const cursor = stages.length === 1 ? pages[0]?.cursor : undefined;
  return { items, ...(cursor && { cursor }) };
}
