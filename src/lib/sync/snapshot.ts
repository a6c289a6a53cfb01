/** One entry of the source tree, as git stores it (GitHub's tree API and `git ls-tree` agree). */
export interface TreeEntry {
  /** Path from the repository root, with `/` separators. */
  path: string;
  /** Git mode: 100644 file, 100755 executable, 120000 symlink, 160000 submodule, 040000 tree. */
  mode: string;
  /** Git object SHA (the blob SHA for files). */
  sha: string;
  /** Size in bytes, for blobs. */
  size?: number | undefined;
}

/** The source at one commit: what the plan is made from. */
export interface Snapshot {
  /** Full commit SHA the ref resolved to. */
  commit: string;
  /** Every entry under the synced folder (trees left out). */
  entries: TreeEntry[];
  /** Web address of a page at this commit, when the source has one. */
  webUrl(path: string): string | undefined;
  /** What the source knows about a page beyond its text (esa: the post's title, category, number). */
  facts?(path: string): PageFacts | undefined;
}

/** A page's title and flow when the page sets none, and the provenance only some sources have. */
export interface PageFacts {
  title?: string | undefined;
  flow?: string | undefined;
  /** esa post number. */
  post?: number | undefined;
  /** esa revision_number. */
  revision?: number | undefined;
  /** What provenance records as the page's commit, when the source has one per page (esa: `updated_at`). */
  commit?: string | undefined;
}

/** A source the sync can read: GitHub REST or a git clone. Reads only the blobs asked for. */
export interface PageSource {
  /** Provenance id: `github:OWNER/REPO`, `git:URL` (never with credentials), `esa:TEAM` or `esa-export`. */
  readonly id: string;
  /** Resolves the ref and lists the tree. */
  snapshot(): Promise<Snapshot>;
  /** Reads one blob by SHA. */
  readBlob(sha: string, path: string): Promise<Buffer>;
  /** Number of network requests made so far (for the cost guarantees and the bench). */
  readonly requests: number;
  /** Frees temporary files (git clone). */
  close(): Promise<void>;
}

export const MODE_SYMLINK = '120000';
export const MODE_SUBMODULE = '160000';
