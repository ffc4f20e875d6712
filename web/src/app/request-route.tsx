import RequestPage from '../features/requests/request-page';
import { ReviewPanel } from '../features/tasks/review-panel';

/** A request's page: the requests feature's page, with the staff's review panel composed in. */
export default function RequestRoute() {
  return (
    <RequestPage officialPanel={(request, refresh) => <ReviewPanel request={request} refresh={refresh} />} />
  );
}
