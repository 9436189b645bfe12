// The chart elements as the loader (kz-charts.js) defines them: no React here. Each element loads
// its chart's chunk (dist/charts/<chart>.js) when it is needed, then hands its shadow root to it.
import { attributeNames, type ChartId, chartIds, tagName } from '@kz-trafficking/core/embed';
import { propsFromAttributes } from './attributes.js';
import type { ChartModule, ChartView } from './chart-view.js';
import { dataSourceOf, dataSrcAttribute, loadUpdateModule, sourceKey, takesUpdate, whenParsed } from './data-source.js';
import { loadFailureCss, loadFailureNotice } from './load-failure.js';
import type { UpdateOutcome } from './update-module.js';
import { drawSoon, whenInView, whenNeeded } from './when-needed.js';

// The host element is a block that takes the page's font; everything else is inside the shadow
// root, styled by the figure's own stylesheet. A constructed stylesheet needs no CSP allowance.
const hostCss = `:host{display:block;font:inherit;color:inherit;max-width:100%}:host([hidden]){display:none}${loadFailureCss}`;
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

/** Where the loader finds the chunks, the iframe pages and the static images. */
interface Folder {
  /** The loader's folder, from which the chunks load. */
  base: string;
  /** The same, for the figures' Embed snippets; absent when the loader's address is unknown. */
  embedBaseUrl: string | undefined;
}

/** How the elements get their charts' code. */
export interface ChartSource {
  /** A chart's module; by default its chunk, imported from the loader's folder. */
  load(chart: ChartId, base: string): Promise<ChartModule>;
  /**
   * Load and draw every chart at once, as soon as it is on the page, instead of when it is needed
   * and in view (the benchmark's single-file runtime, which had every chart in it).
   */
  eager?: boolean;
}

// One import per chart on the page, however many elements show it; a failed one is tried anew.
const modules = new Map<ChartId, Promise<ChartModule>>();
let warned = false;

const chunks: ChartSource = {
  load: (chart, base) => import(/* @vite-ignore */ new URL(`charts/${chart}.js`, base).href) as Promise<ChartModule>,
};

function loadModule(chart: ChartId, folder: Folder, source: ChartSource): Promise<ChartModule> {
  let module = modules.get(chart);
  if (!module) {
    module = source.load(chart, folder.base);
    module.catch(() => modules.delete(chart));
    modules.set(chart, module);
  }
  return module;
}

function defineChart(chart: ChartId, folder: Folder, source: ChartSource): void {
  const name = tagName(chart);
  if (customElements.get(name)) return;

  class ChartElement extends HTMLElement implements KzChartElement {
    static observedAttributes = [...attributeNames(chart), dataSrcAttribute];
    #module: ChartModule | null = null;
    #view: ChartView | null = null;
    /** The bundled dataset with the element's update merged in; absent for the bundled figures. */
    #dataset: unknown;
    /** The address of the update file `#dataset` was made from, which the figure's embed snippets carry. */
    #datasetSrc: string | undefined;
    /** Which update `#dataset` was made from (`sourceKey`), to tell when `data-src` changes. */
    #dataKey = '';
    /** Whether a notice (the code or the update could not be used) is shown in place of the chart. */
    #failed = false;
    /** The height the element held before the chart was drawn, which the figure keeps until it next changes. */
    #heldHeight: number | undefined;
    #loading = false;
    /** Stops waiting for the element to be needed (to load) or in view (to draw). */
    #stopWaiting: (() => void) | null = null;
    readonly #container: HTMLDivElement;
    #pending = false;

    constructor() {
      super();
      const shadow = this.attachShadow({ mode: 'open' });
      shadow.adoptedStyleSheets = [sharedHostSheet()];
      this.#container = document.createElement('div');
      // Until the chart is drawn, the element shows what the page put inside it: the pre-rendered picture.
      this.#container.append(document.createElement('slot'));
      shadow.append(this.#container);
    }

    connectedCallback(): void {
      if (this.#view || this.#loading) return;
      // The pre-rendered picture shows the bundled figures: not for a chart of updated ones.
      if (takesUpdate(this)) this.#container.replaceChildren();
      if (source.eager || this.getAttribute('loading')?.trim().toLowerCase() === 'eager') {
        this.#stopWaiting?.();
        this.#load();
      } else {
        this.#stopWaiting ??= whenNeeded(this, (reason) => this.#load(reason === 'reader'));
      }
    }

    attributeChangedCallback(name: string): void {
      if (name === dataSrcAttribute) {
        this.#sourceChanged();
        return;
      }
      if (!this.#view || this.#pending) return;
      // Several attributes changed together re-render once.
      this.#pending = true;
      queueMicrotask(() => {
        this.#pending = false;
        this.#heldHeight = undefined;
        // A new locale's texts are loaded before the chart changes; if they cannot be, the chart
        // shows the notice with its retry.
        const render = () => this.#render();
        this.#module?.loadTexts(this.#props().locale).then(render, render);
      });
    }

    disconnectedCallback(): void {
      // Moving the element re-connects it in the same task: only let go when it is really gone.
      queueMicrotask(() => {
        if (this.isConnected) return;
        if (this.#stopWaiting) {
          this.#stopWaiting();
          this.#stopWaiting = null;
          // A chart loaded but waiting to come into view is loaded anew when the element returns.
          this.#loading = false;
        }
        this.#view?.unmount();
        this.#view = null;
      });
    }

    /** What holds the chart's place until it is drawn: the page's pre-rendered picture, or for updated figures the reserved box alone. */
    #placeholder(): Node[] {
      return takesUpdate(this) ? [] : [document.createElement('slot')];
    }

    /** Loads the chart's code, texts and figures, then draws it: at once, or (`drawAtOnce` false) once it is in view. */
    #load(drawAtOnce = true): void {
      this.#stopWaiting = null;
      this.#loading = true;
      this.#failed = false;
      const code = loadModule(chart, folder, source).then(async (module) => {
        await module.loadTexts(this.#props().locale);
        return module;
      });
      Promise.all([code, this.#loadData()]).then(
        ([module, data]) =>
          this.#whenToDraw(drawAtOnce, () => {
            this.#loading = false;
            if (!this.isConnected || this.#view) return;
            const now = dataSourceOf(this);
            if (sourceKey(now) !== this.#dataKey) {
              // `data-src` changed while its update loaded: the new one is loaded.
              this.#load();
            } else if (data && 'failure' in data) {
              this.#showUpdateFailure(data);
            } else {
              this.#dataset = data?.dataset;
              this.#datasetSrc = now && 'src' in now ? now.src : undefined;
              this.#draw(module);
            }
          }),
        (error: unknown) => {
          this.#loading = false;
          this.#failed = true;
          if (!warned) {
            warned = true;
            console.warn(`kz-charts: the code or texts of ${name} could not be loaded.`, error);
          }
          this.#container.replaceChildren(
            ...this.#placeholder(),
            loadFailureNotice(this.getAttribute('locale'), () => this.#load()),
          );
        },
      );
    }

    /**
     * Calls `draw` in a task of its own once the element is in view. The picture in its place stands
     * in until then, so that scrolling past charts costs nothing; with nothing in its place, or with
     * `drawAtOnce` (the reader asked for it, or `loading="eager"`), the chart is drawn at once; when
     * the reader presses Tab, before the focus moves.
     */
    #whenToDraw(drawAtOnce: boolean, draw: () => void): void {
      if (source.eager) draw();
      else if (drawAtOnce || takesUpdate(this) || !this.firstElementChild) drawSoon(draw);
      else
        this.#stopWaiting = whenInView(this, (reason) => {
          this.#stopWaiting = null;
          if (reason === 'keyboard') draw();
          else drawSoon(draw);
        });
    }

    /** The element's update read and merged by the update chunk, or `null` for the bundled figures. */
    async #loadData(): Promise<UpdateOutcome | null> {
      // An inline update is the element's child: read once the page is parsed.
      await whenParsed();
      const data = dataSourceOf(this);
      this.#dataKey = sourceKey(data);
      if (!data) return null;
      if (!this.#view) this.#container.replaceChildren(...this.#placeholder());
      const module = await loadUpdateModule(folder.base);
      return module.loadDataset(data);
    }

    /** The update's error state in place of the chart, with a retry when the file could not be fetched. */
    #showUpdateFailure(outcome: Extract<UpdateOutcome, { failure: unknown }>): void {
      this.#failed = true;
      this.#container.replaceChildren(outcome.failure(this.getAttribute('locale'), () => this.#load()));
    }

    /** A new `data-src`: the chart is drawn again from its update (a load under way reads it when done). */
    #sourceChanged(): void {
      if (this.#loading || (!this.#view && !this.#failed)) {
        if (!this.#view && takesUpdate(this)) this.#container.replaceChildren();
        return;
      }
      if (sourceKey(dataSourceOf(this)) === this.#dataKey && !this.#failed) return;
      this.#view?.unmount();
      this.#view = null;
      this.#heldHeight = undefined;
      this.#container.replaceChildren(...this.#placeholder());
      this.#load();
    }

    /** Draws the chart in place of the picture or the reserved box, in the same frame and height. */
    #draw(module: ChartModule): void {
      // A height or aspect ratio the page asked for is the page's own choice.
      const sized = this.hasAttribute('height') || this.hasAttribute('aspect-ratio');
      this.#heldHeight = sized ? undefined : this.getBoundingClientRect().height;
      this.#container.replaceChildren();
      this.#module = module;
      this.#view = module.mount(this.#container);
      this.#render();
      // The snippet's reserved height served until the chart was drawn; the figure sizes itself now.
      this.style.removeProperty('min-height');
    }

    /** The chart's props, from the element's attributes and where the loader came from. */
    #props(): Record<string, unknown> {
      const props = propsFromAttributes(chart, (attribute) => this.getAttribute(attribute));
      // The figure's own "Embed" action offers this chart to other pages, from where it came.
      if (folder.embedBaseUrl) props.embedBaseUrl = folder.embedBaseUrl;
      return props;
    }

    #render(): void {
      const props = this.#props();
      if (this.#dataset !== undefined) props.dataset = this.#dataset;
      if (this.#datasetSrc !== undefined) props.datasetSrc = this.#datasetSrc;
      // The chart's language, for screen readers and hyphenation, inside the shadow root only.
      this.#container.lang = typeof props.locale === 'string' ? props.locale : 'ru';
      this.#view?.render(props, this.#heldHeight);
    }

    toSvg(): string | null {
      return this.#view?.toSvg() ?? null;
    }
  }
  customElements.define(name, ChartElement);
}

/**
 * Defines the four chart elements (once: later calls do nothing). `loaderUrl`, the address the
 * loader was loaded from, locates the chunks and fills in each figure's embed snippets; without it,
 * the chunks are looked for beside the page and the figures offer no snippets. `source` replaces the
 * chunks (the benchmark's single-file runtime bundles every chart in).
 */
export function defineChartElements(loaderUrl?: string, source: ChartSource = chunks): void {
  const loaderFolder = loaderUrl ? new URL('.', loaderUrl).href : undefined;
  const folder: Folder = { base: loaderFolder ?? document.baseURI, embedBaseUrl: loaderFolder };
  for (const chart of chartIds) defineChart(chart, folder, source);
}
