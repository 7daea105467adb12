import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { registeredMachines } from '../engine/machine-registry';
import { renderLawDoc } from './render-law-doc';

describe('docs/law.md', () => {
  const doc = renderLawDoc();

  it('is exactly what the code generates (run `npm run docs:law` after changing a rule or a machine)', () => {
    expect(readFileSync(join(__dirname, '../../../../docs/law.md'), 'utf8')).toBe(doc);
  });

  it('draws every registered machine and explains every guard it uses', () => {
    for (const m of registeredMachines()) {
      expect(doc).toContain(`\`${m.id}\` v${m.version}`);
      const used = new Set([...machineToMermaidGuards(doc, m.id)]);
      for (const guard of used) expect(m.guardExplanations).toHaveProperty(guard);
    }
  });
});

/** Guard names on the edges of one machine's diagram in the document. */
function machineToMermaidGuards(doc: string, machineId: string): string[] {
  const start = doc.indexOf(`\`${machineId}\` v`);
  const block = doc.slice(
    doc.indexOf('```mermaid', start),
    doc.indexOf('```\n', doc.indexOf('```mermaid', start) + 10),
  );
  return [...block.matchAll(/\[([A-Za-z0-9]+)\]$/gm)].map((m) => m[1]);
}
