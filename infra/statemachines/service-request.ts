import type { Route } from '#requests/domain/request';
import { steps } from '#requests/steps/steps';
import type { rejectIncomplete } from '#requests/use-cases/stage-steps';
import type { StateMachine } from './asl';
import { WAIT_PATHS } from './builder';
import { EVENT_SOURCE } from './notices';
import {
  ACCEPTANCE,
  acceptedRoutes,
  DECISION,
  DECISION_ROUTE,
  RESUME_STATES,
  request,
  ServiceRequestBuilder,
  SIGNATURE_DRAFT,
  UNKNOWN_ROUTE,
  WAIT_STATES,
  waitStates,
} from './service-request-states';

/** Where the applicant's act on a deficient request leads (functions/requests/use-cases/deficiency.ts). */
const COMPLETION_ROUTES: Array<[Route, string]> = [
  ['VERIFICATION', 'PublishRequestResubmitted'],
  ['EXTENSION', 'PublishDeficiencyWindowChanged'],
  ['REJECTION', 'IssueRejectionLetter'],
];

type LateOutcome = Awaited<ReturnType<typeof rejectIncomplete>>['outcome'];
/** What the deficiency timer found: a resubmission that beat it, or a window moved later (force majeure). */
const LATE_ROUTES: Array<[LateOutcome, string]> = [
  ['RESUBMITTED', 'PublishRequestResubmitted'],
  ['POSTPONED', WAIT_STATES.COMPLETION.await],
];

/**
 * One service request from submission to handover (Perwali Kediri 80/2021 Pasal 7-13), its states
 * in the order auditors read them; `npm run workflow` writes it to statemachines/service-request.asl.json.
 */
export function serviceRequestWorkflow(): StateMachine {
  return (
    new ServiceRequestBuilder({
      comment:
        'Layanan ASN Terpadu: one service request from submission to handover (Perwali Kediri 80/2021 Pasal 7-13). Every wait is ended by a person through the API; its outcome names the route taken.',
      onFault: 'HandleWorkflowFault',
      eventSource: EVENT_SOURCE,
    })
      .choice('ChooseStartingStage', {
        comment:
          'A submitted request starts at its receipt. A request restored from a backup into a deployment that never ran it (npm run restore) starts again where its record stands: resumeAt names the wait, or the step before it that was left unfinished.',
        // Not IsPresent true, rather than IsPresent false, which aws-local-stepfunctions never matches.
        choices: [
          { Not: { Variable: '$.resumeAt', IsPresent: true }, Next: 'PublishRequestSubmitted' },
          ...Object.entries(RESUME_STATES).map(([point, next]) => ({
            Variable: '$.resumeAt',
            StringEquals: point,
            Next: next,
          })),
        ],
        otherwise: UNKNOWN_ROUTE,
      })
      // Receipt and administrative verification (Pasal 8-9). Each event published also mails
      // the applicant the notice it stands for (notices.ts).
      .event('PublishRequestSubmitted', 'RequestSubmitted', WAIT_STATES.VERIFICATION.open, {
        'plan.$': '$.plan',
      })
      .officialStage('VERIFICATION')
      .event(ACCEPTANCE, 'RequestVerified', 'RouteAcceptedRequest', DECISION)
      .route('RouteAcceptedRequest', {
        variable: DECISION_ROUTE,
        routes: acceptedRoutes(),
        otherwise: UNKNOWN_ROUTE,
      })
      // Deficient documents: completed, the window extended, or lapsed (Pasal 9(2)).
      .event('PublishRequestDeficient', 'RequestDeficient', WAIT_STATES.COMPLETION.open, DECISION)
      .wait({
        ...waitStates('COMPLETION'),
        onTimeout: 'RejectForIncompleteDocuments',
        next: 'RouteCompletionOutcome',
      })
      .route('RouteCompletionOutcome', {
        variable: DECISION_ROUTE,
        routes: COMPLETION_ROUTES,
        otherwise: UNKNOWN_ROUTE,
      })
      .event(
        'PublishDeficiencyWindowChanged',
        'DeficiencyWindowDecided',
        WAIT_STATES.COMPLETION.open,
        DECISION,
      )
      .event('PublishRequestResubmitted', 'RequestResubmitted', WAIT_STATES.VERIFICATION.open)
      .task('RejectForIncompleteDocuments', {
        comment: 'Kediri Pasal 9(2): deficient documents not completed in time.',
        step: steps.rejectIncomplete,
        parameters: request(),
        resultPath: WAIT_PATHS.wait,
        next: 'RouteLateResubmission',
      })
      .route('RouteLateResubmission', {
        variable: '$.wait.outcome',
        routes: LATE_ROUTES,
        otherwise: 'IssueRejectionLetter',
      })
      // Validation in tiers, each of which may return the request to verification (Pasal 10).
      .officialStage('SUPERVISOR_VALIDATION')
      .officialStage('ADMINISTRATOR_VALIDATION')
      .event('PublishRequestReturned', 'RequestReturned', WAIT_STATES.VERIFICATION.open, DECISION)
      .event('PublishRequestValidated', 'RequestValidated', SIGNATURE_DRAFT)
      // Signing, electronic or wet (Pasal 11-12).
      .task(SIGNATURE_DRAFT, {
        comment:
          'The draft the signing official signs: printed before a wet signature (Kediri Pasal 12b), or prepared for an electronic one; signatureMode says which.',
        step: steps.prepareDraft,
        parameters: request({ 'signatureMode.$': '$.plan.signatureMode' }),
        resultPath: '$.draft',
        next: WAIT_STATES.SIGNING.open,
      })
      .officialStage('SIGNING')
      // Issuance, then the survey and the handover it conditions (Pasal 12-13).
      .task('IssueDocument', {
        step: steps.issueDocument,
        parameters: request(),
        resultPath: '$.issued',
        next: 'PublishDocumentIssued',
      })
      .event('PublishDocumentIssued', 'DocumentIssued', WAIT_STATES.SURVEY.await, {
        'document.$': '$.issued',
        ...DECISION,
      })
      .openingWait('SURVEY', 'PublishSurveyAnswered')
      .event('PublishSurveyAnswered', 'SurveyAnswered', WAIT_STATES.HANDOVER.await)
      .openingWait('HANDOVER', 'PublishRequestCompleted')
      .event('PublishRequestCompleted', 'RequestCompleted', 'RequestCompleted', DECISION)
      .succeed('RequestCompleted')
      // Rejection: an official letter too (Pasal 9(1)d).
      .task('IssueRejectionLetter', {
        comment:
          'Kediri Pasal 9(1)d: a rejection is also an official letter, issued and sealed by the one signing function; ' +
          'while nobody holds the signing authority for the service it is tried again until somebody does (Pasal 11).',
        step: steps.issueDocument,
        parameters: request({ document: 'REJECTION_LETTER' }),
        resultPath: '$.rejectionLetter',
        awaitsPerson: true,
        next: 'PublishRequestRejected',
      })
      .event('PublishRequestRejected', 'RequestRejected', 'RequestRejected', {
        'letter.$': '$.rejectionLetter',
      })
      .succeed('RequestRejected')
      // What should never happen, stopped where an auditor sees it.
      .fail(UNKNOWN_ROUTE, {
        error: 'UnknownRoute',
        cause: 'A decision named a route this workflow does not have.',
      })
      .faultHandler('HandleWorkflowFault', {
        step: steps.recordFault,
        parameters: request({ 'fault.$': '$.fault' }),
        fail: {
          name: 'FailForUnexpectedError',
          error: 'WorkflowFault',
          cause: "An unexpected error stopped the request's workflow; see the request's audit trail.",
        },
      })
      .build()
  );
}
