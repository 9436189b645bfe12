// The README's props tables are what the TypeScript types say (scripts/docs-props.ts writes them),
// and SIZES.md is the current build's sizes (scripts/sizes.ts).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  collectComponents,
  endMarker,
  propsSection,
  readmePath,
  startMarker,
  withSection,
} from '../../scripts/docs-props.js';
import { currentRows, differences, sizesPath } from '../../scripts/sizes.js';

describe('packages/react/README.md', () => {
  const components = collectComponents();

  it('documents every chart of every entry, with every prop of its props type', () => {
    expect(components.map((component) => component.entry)).toEqual([
      '@kz-trafficking/react/slavery-index-bar',
      '@kz-trafficking/react/crime-trend-line',
      '@kz-trafficking/react/victim-gender-donut',
      '@kz-trafficking/react/regional-share',
    ]);
    const section = propsSection(components);
    for (const component of components) {
      expect(section).toContain(`### \`${component.name}\``);
      for (const prop of component.props) {
        expect(section, `${component.name}.${prop.name}`).toContain(`| \`${prop.name}${prop.optional ? '?' : ''}\` |`);
        expect(prop.doc, `${component.name}.${prop.name} has no JSDoc`).not.toBe('');
      }
    }
  });

  it('has the props section the types give (run `pnpm docs:props` after changing a props type)', () => {
    const readme = readFileSync(readmePath, 'utf8');
    expect(readme).toContain(startMarker);
    expect(readme).toContain(endMarker);
    expect(withSection(readme, propsSection(components))).toBe(readme);
  });
});

describe('SIZES.md', () => {
  it('lists every size-limit entry with its budget and current size (run `pnpm sizes` after a change)', async () => {
    expect(differences(readFileSync(sizesPath, 'utf8'), await currentRows())).toEqual([]);
  });
});
