import { httpRoute } from '#kernel/http/http';
import { routes } from '#reports/api/routes';
import { SKM_ELEMENTS } from '#reports/domain/satisfaction';

export const handler = httpRoute(routes.surveyQuestionnaire, async () => ({
  status: 200,
  body: {
    scale: [1, 2, 3, 4],
    elements: SKM_ELEMENTS,
    comment: 'Saran dan masukan (opsional, paling banyak 2000 karakter)',
  },
}));
