import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * The folder of Baton's package.json, found upwards from this file, so that paths work both from the
 * TypeScript sources (tests) and from the compiled code under `dist/`.
 */
export function projectRoot(): string {
  let folder = __dirname;
  while (!existsSync(join(folder, 'package.json'))) {
    const parent = dirname(folder);
    if (parent === folder) throw new Error(`No package.json above ${__dirname}: run Baton from its project folder.`);
    folder = parent;
  }

  return folder;
}
