import { frameCss } from '../../packages/react/src/frame/styles.js';
import { type ThemeTokens, themes } from '../../packages/react/src/frame/theme.js';
import { contrastRatio } from './contrast.js';
import { DocTable } from './shared.js';

type Token = keyof ThemeTokens;

/** What each token is for, and the contrast it needs against the background (WCAG 2.2 AA). */
const roles: Record<Token, { use: string; minimum: number | null; against?: Token }> = {
  background: { use: 'Figure background', minimum: null },
  text: { use: 'Titles, labels, values', minimum: 4.5 },
  'text-muted': { use: 'Subtitle, notes, source, axis ticks', minimum: 4.5 },
  'accent-text': { use: 'Text in the accent colour', minimum: 4.5 },
  accent: { use: 'The subject’s marks (Kazakhstan, Almaty)', minimum: 3 },
  context: { use: 'Context marks (other countries, series)', minimum: 3 },
  'unknown-hatch': { use: 'Hatch of “no data” and unpublished gaps', minimum: 3 },
  focus: { use: 'Focus ring', minimum: 3 },
  grid: { use: 'Gridlines (decorative; values are labelled)', minimum: null },
  'tooltip-background': { use: 'Tooltip box', minimum: null },
  'tooltip-text': { use: 'Tooltip text, against the tooltip box', minimum: 4.5, against: 'tooltip-background' },
};

function Swatch({ colour }: { colour: string }) {
  return (
    <span
      aria-hidden="true"
      style={{
        display: 'inline-block',
        width: 28,
        height: 18,
        background: colour,
        border: '1px solid #888',
        verticalAlign: 'middle',
        marginInlineEnd: 6,
      }}
    />
  );
}

/** Both token sets with the contrast of each token against what it sits on, computed here. */
export function ColourTokens() {
  return (
    <>
      {(['light', 'dark'] as const).map((name) => {
        const tokens = themes[name];
        return (
          <DocTable
            key={name}
            caption={`${name === 'light' ? 'Light' : 'Dark'} theme (background ${tokens.background})`}
            columns={['Token', 'Colour', 'Used for', 'Contrast', 'Needs', 'Result']}
            rows={(Object.keys(roles) as Token[]).map((token) => {
              const role = roles[token];
              const against = role.against ?? 'background';
              const ratio = contrastRatio(tokens[token], tokens[against]);
              const pass = role.minimum === null ? null : ratio >= role.minimum;
              return [
                <code key="token">--kzt-{token}</code>,
                <span key="colour">
                  <Swatch colour={tokens[token]} />
                  <code>{tokens[token]}</code>
                </span>,
                role.use,
                token === 'background'
                  ? '—'
                  : `${ratio.toFixed(2)}:1${against === 'background' ? '' : ` on ${against}`}`,
                role.minimum === null ? '—' : `≥ ${role.minimum}:1`,
                pass === null ? '—' : pass ? '✓ passes' : '✗ fails',
              ];
            })}
          />
        );
      })}
    </>
  );
}

interface Rule {
  selector: string;
  declarations: Record<string, string>;
}

/** The rules of the figure's stylesheet (read from the components, so this page cannot drift). */
function frameRules(): Rule[] {
  const rules: Rule[] = [];
  for (const match of frameCss.matchAll(/([^{}@]+)\{([^{}]*)\}/g)) {
    const selector = (match[1] ?? '').trim();
    if (!selector.startsWith('.kzt-')) continue;
    const declarations: Record<string, string> = {};
    for (const declaration of (match[2] ?? '').split(';')) {
      const [property, ...value] = declaration.split(':');
      if (property && value.length > 0) declarations[property.trim()] = value.join(':').trim();
    }
    rules.push({ selector, declarations });
  }
  return rules;
}

const shortSelector = (selector: string) => (selector.length > 60 ? `${selector.slice(0, 57)}…` : selector);

/** Font sizes and line heights of the figure's parts. */
export function TypeScale() {
  const rules = frameRules().filter((rule) => rule.declarations['font-size']);
  return (
    <DocTable
      caption="Type scale (relative to the host page's font size; fonts are inherited)"
      columns={['Part', 'Font size', 'Weight', 'Line height', 'Sample']}
      rows={rules.map((rule) => [
        <code key="selector">{shortSelector(rule.selector)}</code>,
        rule.declarations['font-size'],
        rule.declarations['font-weight'] ?? 'inherit',
        rule.declarations['line-height'] ?? 'inherit',
        <span
          key="sample"
          style={{
            fontSize: rule.declarations['font-size'],
            fontWeight: rule.declarations['font-weight'] as 'normal' | undefined,
          }}
        >
          Торговля людьми 46,5 %
        </span>,
      ])}
    />
  );
}

const spacingProperties = ['margin', 'padding', 'gap', 'min-width', 'min-height', 'max-width', 'border-radius'];

/** Margins, paddings and gaps of the figure's parts. */
export function Spacing() {
  const rules = frameRules().filter(
    (rule) =>
      !rule.selector.includes('visually-hidden') && spacingProperties.some((property) => rule.declarations[property]),
  );
  return (
    <DocTable
      caption="Spacing"
      columns={['Part', ...spacingProperties]}
      rows={rules.map((rule) => [
        <code key="selector">{shortSelector(rule.selector)}</code>,
        ...spacingProperties.map((property) => rule.declarations[property] ?? ''),
      ])}
    />
  );
}
