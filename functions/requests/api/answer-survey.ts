import { surveyRecords } from '#accounts/adapters/directory-records';
import { routes } from '#app/api/routes';
import { httpRoute } from '#kernel/http/http';
import { publishRequest } from '#requests/domain/request';
import { answerSurvey } from '#requests/use-cases/survey-and-handover';
import { resumeDeps, settled } from './resume';

const deps = { ...resumeDeps, surveys: surveyRecords };

export const handler = httpRoute(routes.answerSurvey, async ({ actor, params, body }) => ({
  status: 200,
  body: publishRequest(settled(await answerSurvey(deps, actor, params.id, body))),
}));
