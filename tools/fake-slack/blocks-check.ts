/**
 * The Block Kit rules Slack applies to the blocks the portal sends, as the Block Kit reference
 * documents them (https://api.slack.com/reference/block-kit/blocks): at most 50 blocks; a header's
 * plain_text up to 150 characters; a section's text up to 3000; context elements up to 10.
 * Returns the problems; Slack answers `invalid_blocks` when there is any.
 */
export function blockProblems(blocks: unknown): string[] {
  if (!Array.isArray(blocks)) return ['blocks is not a JSON array'];
  const problems: string[] = [];
  if (blocks.length === 0 || blocks.length > 50) problems.push(`${blocks.length} blocks (1 to 50 allowed)`);
  const text = (value: unknown, types: string[], max: number, where: string): void => {
    const object = value as { type?: unknown; text?: unknown } | undefined;
    if (typeof object !== 'object' || object === null || !types.includes(String(object.type)))
      problems.push(`${where}: text must be one of ${types.join(', ')}`);
    else if (typeof object.text !== 'string' || object.text.length === 0 || object.text.length > max)
      problems.push(`${where}: text must be 1 to ${max} characters`);
  };
  blocks.forEach((block: unknown, index: number) => {
    const b = block as Record<string, unknown>;
    const where = `blocks[${index}]`;
    switch (b['type']) {
      case 'header':
        return text(b['text'], ['plain_text'], 150, where);
      case 'section':
        return text(b['text'], ['mrkdwn', 'plain_text'], 3000, where);
      case 'context': {
        const elements = b['elements'];
        if (!Array.isArray(elements) || elements.length === 0 || elements.length > 10)
          return void problems.push(`${where}: 1 to 10 elements`);
        return elements.forEach((element, i) =>
          text(element, ['mrkdwn', 'plain_text'], 3000, `${where}.elements[${i}]`),
        );
      }
      case 'divider':
        return;
      default:
        problems.push(`${where}: unknown block type ${JSON.stringify(b['type'])}`);
    }
  });
  return problems;
}
