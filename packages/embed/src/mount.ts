// The React side of a chart element, shared by the four chart chunks (src/charts/*.ts).
import { type ChartTexts, type CommonMessages, isLocale } from '@kz-trafficking/core';
import { FigureHeight, figureSvgOfElement } from '@kz-trafficking/react/internal';
import { type ComponentType, createElement } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import type { ChartModule, ChartView } from './chart-view.js';

/** The chunk of one chart component, whose texts are `texts`. */
export function chartModule(
  Component: ComponentType<Record<string, unknown>>,
  texts: ChartTexts<CommonMessages>,
): ChartModule {
  return {
    loadTexts: async (locale) => {
      await texts.load(isLocale(locale) ? locale : 'ru');
    },
    mount: (container): ChartView => {
      const root = createRoot(container);
      return {
        // Synchronous, so that the figure replaces what held its place (the reserved box or the
        // pre-rendered picture) in the same frame, and can be measured at once.
        render: (props, heldHeight) =>
          flushSync(() =>
            root.render(createElement(FigureHeight.Provider, { value: heldHeight }, createElement(Component, props))),
          ),
        unmount: () => root.unmount(),
        toSvg() {
          const figure = container.querySelector('figure');
          return figure ? figureSvgOfElement(figure) : null;
        },
      };
    },
  };
}
