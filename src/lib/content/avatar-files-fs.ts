import path from 'node:path';
import { AVATAR_TYPES, avatarImageProblem, extensionOf } from './avatar-image.ts';
import { isAvatarPath } from './avatar-references.ts';
import { type ContentTree, readContentFile, scanContentTree, unsafeEntryError } from './content-fs.ts';
import { ContentError } from './errors.ts';

/** The folder under the content directory that holds photos and Slack icons. */
export const AVATARS_DIR = 'avatars';

/** One avatar file that may be published: its name inside avatars/, its bytes and its type. */
export interface PublishableAvatar {
  name: string;
  bytes: Buffer;
  mime: string;
}

/**
 * Every file in `<contentDir>/avatars/`, checked: each is a plain file (no link, see
 * content-fs.ts) and an image by its bytes (avatar-image.ts). `display` names files in messages.
 * The build copies `avatars` and nothing else, and fails on any of `errors`.
 */
export async function readAvatarFolder(
  contentDir: string,
  display: (absolute: string) => string = (absolute) => absolute,
): Promise<{ avatars: PublishableAvatar[]; errors: ContentError[] }> {
  const tree = await scanContentTree(contentDir, AVATARS_DIR);
  const unsafe = tree.unsafe.map((entry) => unsafeEntryError(entry, display(path.join(contentDir, path.relative(tree.root, entry.path)))));
  const checked = await checkAvatarFiles(tree, contentDir, display);
  return { avatars: checked.avatars, errors: [...unsafe, ...checked.errors] };
}

/** The avatar files of an already scanned content tree, read and checked (links are the scan's to report). */
export async function checkAvatarFiles(
  tree: ContentTree,
  contentDir: string,
  display: (absolute: string) => string,
): Promise<{ avatars: PublishableAvatar[]; errors: ContentError[] }> {
  const avatars: PublishableAvatar[] = [];
  const errors: ContentError[] = [];
  for (const relative of tree.files.filter((file) => file.startsWith(`${AVATARS_DIR}/`))) {
    try {
      const name = relative.slice(AVATARS_DIR.length + 1);
      avatars.push(await readAvatar(path.join(tree.root, AVATARS_DIR), name, display(path.join(contentDir, relative))));
    } catch (error) {
      if (!(error instanceof ContentError)) throw error;
      errors.push(error);
    }
  }
  return { avatars, errors };
}

/**
 * Reads one avatar by its name inside the avatars folder `folder` (`icons/kato.png`), refusing a
 * path that leaves the folder, a link anywhere on the way, and bytes that are not the image the
 * name says. Throws a `ContentError` naming `file`.
 */
export async function readAvatar(folder: string, name: string, file = `${AVATARS_DIR}/${name}`): Promise<PublishableAvatar> {
  if (!isAvatarPath(name) || name.split('/').some((part) => part.startsWith('.'))) {
    throw new ContentError({ file, what: 'is not a file name inside the avatars folder', fix: 'Name an image inside avatars/' });
  }
  const bytes = await readContentFile(folder, name, file);
  const problem = await avatarImageProblem(name, bytes);
  if (problem) {
    throw new ContentError({
      file,
      what: `is not published as an avatar: ${problem}`,
      fix: 'Keep only PNG, JPEG, WebP, GIF, AVIF or plain SVG images in the avatars folder, named for their type, and move anything else out of the content folder',
    });
  }
  return { name, bytes, mime: AVATAR_TYPES[extensionOf(name)]?.mime ?? 'application/octet-stream' };
}
