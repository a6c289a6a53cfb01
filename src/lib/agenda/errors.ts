import { PortalError } from '../content/portal-error.ts';

/**
 * A problem with a 1on1 agenda request, the private directory, the schedule or the question bank,
 * told as two sentences: what is wrong (with the bad value), then how to fix it.
 */
export class AgendaError extends PortalError {
  override name = 'AgendaError';

  constructor(what: string, fix: string, options?: ErrorOptions) {
    super(what, fix, { cause: options?.cause });
  }
}
