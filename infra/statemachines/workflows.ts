import type { StateMachine } from './asl';
import { formatJson } from './json-format';
import { mermaidFlowchart } from './mermaid';
import { serviceRequestWorkflow } from './service-request';

/**
 * Every state machine the platform runs, each written to `statemachines/<name>.asl.json` (what
 * CDK and the local engine load, and auditors read) and drawn in docs/workflow.md. A new workflow
 * (an award round, an accident claim) is one more entry here.
 */
export const WORKFLOWS: Readonly<
  Record<string, { readonly title: string; readonly define: () => StateMachine }>
> = {
  'service-request': { title: 'Service request', define: serviceRequestWorkflow },
};

export const WORKFLOW_DOC = 'docs/workflow.md';

/** Each generated file (path from the repository root) and its content. */
export function generatedFiles(): Record<string, string> {
  const files: Record<string, string> = {};
  for (const [name, workflow] of Object.entries(WORKFLOWS))
    files[`statemachines/${name}.asl.json`] = formatJson(workflow.define());
  files[WORKFLOW_DOC] = renderWorkflowDoc();
  return files;
}

function renderWorkflowDoc(): string {
  const sections = Object.entries(WORKFLOWS).flatMap(([name, workflow]) => {
    const machine = workflow.define();
    return [
      `## ${workflow.title}`,
      '',
      `\`statemachines/${name}.asl.json\`: ${machine.Comment}`,
      '',
      '```mermaid',
      mermaidFlowchart(machine),
      '```',
      '',
    ];
  });
  return [
    '# Workflows',
    '',
    '<!-- Rendered by `npm run workflow` from infra/statemachines/; edit the code, not this page. -->',
    '',
    'Every state machine the platform runs, drawn from the typed definition its ASL file is generated',
    'from (`infra/statemachines/`, `npm run workflow`), so the drawing cannot differ from what runs.',
    'The boxes carry the state names an execution history shows:',
    '',
    '- a rectangle is a step (a Lambda function), a parallelogram a domain event published',
    '  ([events.md](events.md)), a stadium a wait for a person (a callback task that the API ends',
    '  with a decision), a rhombus a choice, each branch labelled with the value it takes;',
    '- a dotted edge is an error caught, such as a deadline passing (`States.Timeout`);',
    '- a flag is another way in, a branch of a first Choice state (in the service request, where a',
    '  request restored from a backup starts again);',
    '- a hexagon stands for many edges drawn once: a step failing after its retries goes to the',
    '  fault handler, and a choice that matches no branch stops the workflow.',
    '',
    "The applicant's notices are not states: each event published in the service request is",
    'delivered by a rule on the bus to the notify-applicant function, which mails the notice that',
    'event stands for (`infra/statemachines/notices.ts`); a notice that cannot be sent never stops',
    'the workflow. The mail outbox and the audit trail record each notice.',
    '',
    "Not drawn: each step's retries of transient errors (`Retry` in the file).",
    '',
    ...sections,
  ].join('\n');
}
