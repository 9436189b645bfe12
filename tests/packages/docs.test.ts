// The README's props tables are what the TypeScript types say (scripts/docs-props.ts writes them),
// and SIZES.md is the current build's sizes (scripts/sizes.ts).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chartAttributes, chartIds, commonAttributes, tagName } from '../../packages/core/src/embed.js';
import {
  collectComponents,
  endMarker,
  propsSection,
  readmePath,
  startMarker,
  withSection,
} from '../../scripts/docs-props.js';
import { currentRows, differences, sizesPath } from '../../scripts/sizes.js';
import { packageNames, root } from './helpers.js';

function packageFile(name: string, file: string): string {
  return readFileSync(join(root, 'packages', name, file), 'utf8');
}

describe.each(packageNames)('packages/%s/README.md', (name) => {
  const readme = packageFile(name, 'README.md');

  it('names every entry point of the exports map', () => {
    const manifest = JSON.parse(packageFile(name, 'package.json')) as { exports: Record<string, unknown> };
    for (const subpath of Object.keys(manifest.exports)) {
      if (subpath === './package.json') continue;
      const entry = `@kz-trafficking/${name}${subpath === '.' ? '' : subpath.slice(1).replace('/*', '/')}`;
      expect(readme, entry).toContain(entry);
    }
  });

  it('says how to install it, and credits the data with its licences', () => {
    expect(readme).toContain(`npm install @kz-trafficking/${name}`);
    for (const credit of ['Walk Free', 'Prosecutor General', 'geokz', 'CC BY 4.0', 'MIT', 'NOTICE']) {
      expect(readme, credit).toContain(credit);
    }
  });
});

describe('packages/embed/README.md', () => {
  it('documents every custom element and every attribute', () => {
    const readme = packageFile('embed', 'README.md');
    for (const chart of chartIds) expect(readme).toContain(`<${tagName(chart)}`);
    const attributes = new Set<string>([...commonAttributes, ...Object.values(chartAttributes).flat()]);
    for (const attribute of attributes) expect(readme, attribute).toContain(`\`${attribute}\``);
  });
});

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
