import {
  CALLBACK_RESOURCE,
  type ChoiceRule,
  PUT_EVENTS_RESOURCE,
  type State,
  type StateMachine,
} from './asl';

/**
 * A Mermaid flowchart of a state machine, read from its ASL alone, so it shows what runs. What
 * would tangle it is drawn once instead: a step's failure after its retries (it goes to the fault
 * handler), a choice finding no branch (it goes to a Fail state), and the other ways in that a
 * Choice as first state offers (flags beside the states they start at).
 */
export function mermaidFlowchart(machine: StateMachine): string {
  const lines = ['flowchart TD', `  start(( )) --> ${machine.StartAt}`];
  const once = new Set<string>();
  for (const [name, state] of Object.entries(machine.States)) {
    lines.push(`  ${node(name, state)}`);
    const entry = name === machine.StartAt && state.Type === 'Choice';
    for (const edge of edges(name, state, machine, entry)) {
      if (edge.once) once.add(edge.text);
      else lines.push(`  ${edge.text}`);
    }
  }
  return [...lines, ...[...once].map((edge) => `  ${edge}`)].join('\n');
}

function node(name: string, state: State): string {
  switch (state.Type) {
    case 'Choice':
      return `${name}{${name}}`;
    case 'Succeed':
      return `${name}([${name}]) --> finish(( ))`;
    case 'Fail':
      return `${name}[[${name}]]`;
    case 'Task':
      if (state.Resource === CALLBACK_RESOURCE) return `${name}([${name}])`;
      if (state.Resource === PUT_EVENTS_RESOURCE) return `${name}[/${name}/]`;
      return `${name}[${name}]`;
  }
}

interface Edge {
  readonly text: string;
  /** Drawn once for the whole chart, however many states have it. */
  readonly once?: boolean;
}

function edges(name: string, state: State, machine: StateMachine, entry: boolean): Edge[] {
  if (state.Type === 'Choice') return choiceEdges(name, state.Choices, state.Default, machine, entry);
  if (state.Type !== 'Task') return [];
  const caught = state.Catch.filter((catcher) => catcher.Next !== state.Next).map((catcher) =>
    catcher.ErrorEquals.includes('States.ALL')
      ? { text: `failure{{any failure after retries}} -.-> ${catcher.Next}`, once: true }
      : { text: `${name} -.->|"${catcher.ErrorEquals.join(', ')}"| ${catcher.Next}` },
  );
  return [{ text: `${name} --> ${state.Next}` }, ...caught];
}

function choiceEdges(
  name: string,
  rules: readonly ChoiceRule[],
  otherwise: string,
  machine: StateMachine,
  entry: boolean,
): Edge[] {
  const [first, ...others] = rules;
  if (entry && first) {
    const flags = others.map((rule, index) => ({
      text: `${name}${index}>"${label(rule, true)}"] -.-> ${rule.Next}`,
    }));
    return [...choiceEdges(name, [first], otherwise, machine, false), ...flags];
  }
  const byTarget = new Map<string, string[]>();
  for (const rule of rules) byTarget.set(rule.Next, [...(byTarget.get(rule.Next) ?? []), label(rule)]);
  const branches = [...byTarget].map(([next, labels]) => ({
    text: `${name} -->|"${labels.join(', ')}"| ${next}`,
  }));
  const fallback =
    machine.States[otherwise]?.Type === 'Fail'
      ? { text: `unmatched{{no branch matched}} -.-> ${otherwise}`, once: true }
      : { text: `${name} -->|otherwise| ${otherwise}` };
  return [...branches, fallback];
}

/** A choice rule as a branch label: the value it matches (and where, with `named`), or the condition it tests. */
function label(rule: ChoiceRule, named = false): string {
  if ('StringEquals' in rule)
    return named ? `${field(rule.Variable)} ${rule.StringEquals}` : rule.StringEquals;
  if ('BooleanEquals' in rule) return `${field(rule.Variable)} ${rule.BooleanEquals}`;
  return `no ${field(rule.Not.Variable)}`;
}

const field = (path: string) => path.slice(path.lastIndexOf('.') + 1);
