import { useQuery, useQueryClient } from '@tanstack/react-query';
import { api, data } from '../../lib/api';

/**
 * A request, read again every second while the workflow is still taking up the last change
 * (`processing`) or has not yet opened the wait a decision needs (`task.decidable` false), so
 * no one acts on a stale state. Polling stops by itself once the request settles.
 */
export function useRequest(id: string) {
  return useQuery({
    queryKey: ['request', id],
    queryFn: () => data(api().GET('/requests/{id}', { params: { path: { id } } })),
    refetchInterval: (query) => {
      const request = query.state.data;
      if (!request) return false;
      const unsettled = request.processing || (request.task !== undefined && !request.task.decidable);
      return unsettled ? 1000 : false;
    },
  });
}

export function useRefreshRequest(id: string) {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: ['request', id] });
}

export type RequestDetail = NonNullable<ReturnType<typeof useRequest>['data']>;
