import { loadTexts } from '@kz-trafficking/react';
import type { Decorator, Preview } from '@storybook/react-vite';
import { assertCleanConsole, installConsoleGuard } from '../stories/support/console-guard.js';

// Every story follows the toolbar's locale and theme unless it sets its own.
const withGlobals: Decorator = (Story, context) => {
  const { locale, theme } = context.globals;
  const args = { ...context.args };
  if (context.args.locale === undefined) args.locale = locale;
  if (context.args.theme === undefined) args.theme = theme;
  const background = theme === 'dark' ? '#161616' : theme === 'light' ? '#ffffff' : undefined;
  return (
    <div style={{ fontFamily: 'system-ui, sans-serif', padding: 16, background, maxWidth: 1200 }}>
      <Story args={args} />
    </div>
  );
};

const preview: Preview = {
  decorators: [withGlobals],
  // A chart loads its locale's texts when first drawn; a story draws at once in any locale, so a
  // designer switching the toolbar's locale and a play test see the chart, not its loading box.
  loaders: [() => loadTexts()],
  // No story may write to the console, except the development warning an error story expects
  // (`parameters.expectedWarnings`), which its play function asserts.
  beforeEach: () => installConsoleGuard(),
  afterEach: ({ parameters }) => assertCleanConsole(parameters.expectedWarnings),
  globalTypes: {
    locale: {
      description: 'Language of the charts',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        items: [
          { value: 'ru', title: 'Русский' },
          { value: 'kk', title: 'Қазақша' },
          { value: 'en', title: 'English' },
        ],
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'Colour theme of the charts',
      toolbar: {
        title: 'Theme',
        icon: 'contrast',
        items: ['auto', 'light', 'dark'],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'ru', theme: 'light' },
  argTypes: {
    locale: { control: 'inline-radio', options: ['ru', 'kk', 'en'] },
    theme: { control: 'inline-radio', options: ['auto', 'light', 'dark'] },
    headingLevel: { control: 'select', options: [2, 3, 4, 5, 6] },
    actions: { control: 'check', options: ['table', 'csv', 'png', 'svg'] },
    animate: { control: 'select', options: ['auto', true, false] },
  },
  parameters: {
    layout: 'fullscreen',
    // Storybook opens on the first entry: the Introduction, then the other pages, then the charts.
    options: {
      storySort: {
        order: [
          'Docs',
          ['Introduction', 'Data and methodology', 'Newsroom update', 'Embedding', 'Design tokens'],
          'Charts',
        ],
      },
    },
    controls: { expanded: true, sort: 'requiredFirst' },
    a11y: { test: 'error' },
    viewport: {
      options: {
        narrow320: { name: '320 px', styles: { width: '320px', height: '800px' } },
        phone375: { name: '375 px', styles: { width: '375px', height: '800px' } },
        tablet768: { name: '768 px', styles: { width: '768px', height: '1000px' } },
        desktop1200: { name: '1200 px', styles: { width: '1200px', height: '1000px' } },
      },
    },
  },
  tags: ['autodocs'],
};

export default preview;
