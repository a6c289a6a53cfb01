/**
 * A problem with a 1on1 agenda request, the private directory, the schedule or the question bank,
 * told as two sentences: what is wrong (with the bad value), then how to fix it. Scripts print
 * `message` as it is and set the exit code.
 */
export class AgendaError extends Error {
  override name = 'AgendaError';

  constructor(what: string, fix: string, options?: ErrorOptions) {
    const sentence = (text: string): string => (/[.?!。]$/.test(text) ? text : `${text}.`);
    super(`${sentence(what)} ${sentence(fix)}`, options);
  }
}
