import { attributeNames, type ChartId, chartIds, tagName } from '@kz-trafficking/core/embed';
import { CrimeTrendLine } from '@kz-trafficking/react/crime-trend-line';
import { figureSvgOfElement } from '@kz-trafficking/react/internal';
import { RegionalShare } from '@kz-trafficking/react/regional-share';
import { SlaveryIndexBar } from '@kz-trafficking/react/slavery-index-bar';
import { VictimGenderDonut } from '@kz-trafficking/react/victim-gender-donut';
import { type ComponentType, createElement } from 'react';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import { propsFromAttributes } from './attributes.js';

const components: Record<ChartId, ComponentType<Record<string, unknown>>> = {
  'slavery-index-bar': SlaveryIndexBar as ComponentType<Record<string, unknown>>,
  'crime-trend-line': CrimeTrendLine as ComponentType<Record<string, unknown>>,
  'victim-gender-donut': VictimGenderDonut as ComponentType<Record<string, unknown>>,
  'regional-share': RegionalShare as ComponentType<Record<string, unknown>>,
};

// The host element is a block that takes the page's font; everything else is inside the shadow
// root, styled by the figure's own stylesheet. A constructed stylesheet needs no CSP allowance.
const hostCss = ':host{display:block;font:inherit;color:inherit;max-width:100%}:host([hidden]){display:none}';
let hostSheet: CSSStyleSheet | null = null;
function sharedHostSheet(): CSSStyleSheet {
  if (!hostSheet) {
    hostSheet = new CSSStyleSheet();
    hostSheet.replaceSync(hostCss);
  }
  return hostSheet;
}

/** What a chart element offers the page besides its attributes. */
export interface KzChartElement extends HTMLElement {
  /** The figure as a standalone SVG document (title, chart, notes, source), or `null` before it is drawn. */
  toSvg(): string | null;
}

function defineChart(chart: ChartId, embedBaseUrl: string | undefined): void {
  const name = tagName(chart);
  if (customElements.get(name)) return;
  const Component = components[chart];

  class ChartElement extends HTMLElement implements KzChartElement {
    static observedAttributes = [...attributeNames(chart)];
    #root: Root | null = null;
    readonly #container: HTMLDivElement;
    #pending = false;

    constructor() {
      super();
      const shadow = this.attachShadow({ mode: 'open' });
      shadow.adoptedStyleSheets = [sharedHostSheet()];
      this.#container = document.createElement('div');
      shadow.append(this.#container);
    }

    connectedCallback(): void {
      if (!this.#root) this.#root = createRoot(this.#container);
      // The first render is synchronous, so that the figure (and its reserved chart box) is laid
      // out in the same frame as the element: no layout shift when the script runs before paint.
      flushSync(() => this.#render());
      // The snippet's reserved height served until the chart was drawn; the figure sizes itself now.
      this.style.removeProperty('min-height');
    }

    attributeChangedCallback(): void {
      if (!this.#root || this.#pending) return;
      // Several attributes changed together re-render once.
      this.#pending = true;
      queueMicrotask(() => {
        this.#pending = false;
        this.#render();
      });
    }

    disconnectedCallback(): void {
      // Moving the element re-connects it in the same task: only unmount when it is really gone.
      queueMicrotask(() => {
        if (this.isConnected || !this.#root) return;
        this.#root.unmount();
        this.#root = null;
      });
    }

    #render(): void {
      const props = propsFromAttributes(chart, (attribute) => this.getAttribute(attribute));
      // The figure's own "Embed" action offers this chart to other pages, from where it came.
      if (embedBaseUrl) props.embedBaseUrl = embedBaseUrl;
      // The chart's language, for screen readers and hyphenation, inside the shadow root only.
      this.#container.lang = typeof props.locale === 'string' ? props.locale : 'ru';
      this.#root?.render(createElement(Component, props));
    }

    toSvg(): string | null {
      const figure = this.shadowRoot?.querySelector('figure');
      return figure ? figureSvgOfElement(figure) : null;
    }
  }
  customElements.define(name, ChartElement);
}

/**
 * Defines the four chart elements (once: later calls do nothing). `embedBaseUrl`, the address the
 * runtime was loaded from, fills in each figure's embed snippets; without it they have none.
 */
export function defineChartElements(embedBaseUrl?: string): void {
  for (const chart of chartIds) defineChart(chart, embedBaseUrl);
}
