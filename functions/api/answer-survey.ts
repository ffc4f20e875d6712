import { surveyRecords } from '#adapters/directory-records';
import { publishRequest } from '#domain/request';
import { answerSurvey } from '#domain/use-cases/survey-and-handover';
import { httpRoute } from './http';
import { resumeDeps, settled } from './resume';
import { routes } from './routes';

const deps = { ...resumeDeps, surveys: surveyRecords };

export const handler = httpRoute(routes.answerSurvey, async ({ actor, params, body }) => ({
  status: 200,
  body: publishRequest(settled(await answerSurvey(deps, actor, params.id, body))),
}));
