import { PortalError } from '../content/portal-error.ts';

/**
 * A sync failure told as two sentences: what went wrong (source, path, status), then what to do.
 * The CLI prints `message` as it is and exits non-zero; `content/` is left as it was.
 */
export class SyncError extends PortalError {
  override name = 'SyncError';

  constructor(what: string, fix: string, options?: ErrorOptions) {
    super(what, fix, { cause: options?.cause });
  }
}
