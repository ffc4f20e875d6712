import { SKM_ELEMENTS } from '#domain/satisfaction';
import { httpRoute } from './http';
import { routes } from './routes';

export const handler = httpRoute(routes.surveyQuestionnaire, async () => ({
  status: 200,
  body: {
    scale: [1, 2, 3, 4],
    elements: SKM_ELEMENTS,
    comment: 'Saran dan masukan (opsional, paling banyak 2000 karakter)',
  },
}));
