import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { renderLawDoc } from '@kntc/domain';

/** Regenerates docs/law.md from the rule sets and the machine definitions. */
export async function docsLawCommand(): Promise<number> {
  const file = join(__dirname, '../../../../docs/law.md');
  await writeFile(file, renderLawDoc());
  process.stdout.write(`Wrote ${file}\n`);
  return 0;
}
