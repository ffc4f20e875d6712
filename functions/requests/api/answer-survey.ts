import { surveyRecords } from '#accounts/adapters/directory-records';
import { httpRoute } from '#kernel/http/http';
import { routes } from '#requests/api/routes';
import { publishRequest } from '#requests/domain/request';
import { answerSurvey } from '#requests/use-cases/survey-and-handover';
import { resumeDeps, settled } from './resume';

const deps = { ...resumeDeps, surveys: surveyRecords };

export const handler = httpRoute(routes.answerSurvey, async ({ actor, params, body }) => ({
  status: 200,
  body: publishRequest(settled(await answerSurvey(deps, actor, params.id, body))),
}));
