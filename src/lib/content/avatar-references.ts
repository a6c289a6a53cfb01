import { ContentError, quote } from './errors.ts';
import type { Org } from './org.ts';
import { fileOf } from './references.ts';

/**
 * Checks every person's `photo` and `slack.icon`: each names a file in the content directory's
 * `avatars/` folder (which src/integrations/avatars.ts serves and copies into the build), so a
 * typo is a build error instead of a broken image on every card. `available` holds the folder's
 * plain files as paths relative to it (`kato-ken.svg`, `icons/kato.png`; see content-fs.ts);
 * `folder` is how to name it.
 */
export function avatarErrors(org: Org, available: ReadonlySet<string>, folder = 'content/avatars'): ContentError[] {
  const errors: ContentError[] = [];
  for (const person of org.people) {
    const check = (field: string, value: string | undefined) => {
      if (value === undefined) return;
      const bad = !isAvatarPath(value);
      if (!bad && available.has(value)) return;
      errors.push(
        new ContentError({
          file: fileOf(person, 'people'),
          field,
          what: bad
            ? `is ${quote(value)}, which is not a file name inside ${folder}/`
            : `is ${quote(value)}, but there is no ${folder}/${value}`,
          fix: `Put the image in ${folder}/ and write its name relative to that folder (like "${person.id}.jpg"), or remove the field to show initials`,
        }),
      );
    };
    check('photo', person.data.photo);
    check('slack.icon', person.data.slack.icon);
  }
  return errors;
}

/** A relative path that stays inside the folder: no `..`, no leading `/`, no URL, no backslash. */
export function isAvatarPath(value: string): boolean {
  if (value === '' || value.startsWith('/') || value.includes('\\') || /^[a-z][a-z0-9+.-]*:/i.test(value)) return false;
  return value.split('/').every((part) => part !== '' && part !== '.' && part !== '..');
}
