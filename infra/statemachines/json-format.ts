/** biome.json's `formatter.lineWidth`: the generated files are formatted as Biome formats them. */
const LINE_WIDTH = 110;
const INDENT = '  ';

/**
 * JSON as Biome writes it, so a generated file passes `biome check` and its diff shows only what
 * changed: objects one member a line, a list of plain values on one line when it fits.
 */
export function formatJson(value: unknown): string {
  return `${write(value, '', 0)}\n`;
}

/** `value` written at `indent`, `column` characters already on its line. */
function write(value: unknown, indent: string, column: number): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  const inner = indent + INDENT;
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    const flat = value.every((item) => item === null || typeof item !== 'object');
    const line = `[${value.map((item) => JSON.stringify(item)).join(', ')}]`;
    // The +1 keeps room for the comma that may follow.
    if (flat && column + line.length + 1 <= LINE_WIDTH) return line;
    const items = value.map((item: unknown) => inner + write(item, inner, inner.length));
    return `[\n${items.join(',\n')}\n${indent}]`;
  }
  const entries = Object.entries(value).filter(([, member]) => member !== undefined);
  if (entries.length === 0) return '{}';
  const members = entries.map(([key, member]) => {
    const prefix = `${inner}${JSON.stringify(key)}: `;
    return prefix + write(member, inner, prefix.length);
  });
  return `{\n${members.join(',\n')}\n${indent}}`;
}
