// The iframe page's script: builds the chart element from the page's options or query (each
// parameter a known attribute name, set as an attribute: data, never markup) around what the page
// pre-rendered, and posts the page's height to the parent whenever it changes once the chart is drawn.
import { attributeNames, isChartId, tagName } from '@kz-trafficking/core/embed';
import { heightMessageType } from './charts.js';

/** The figure's drawn event (`drawnEvent` of @kz-trafficking/react), without React on this page. */
const drawnEvent = 'kzt-drawn';

const main = document.querySelector<HTMLElement>('main[data-kz-chart]');
const chart = main?.dataset.kzChart;
if (main && isChartId(chart)) {
  // A pre-rendered page is for the options it was built with; the page for any options reads its query.
  const query = new URLSearchParams(main.dataset.kzOptions ?? location.search);
  const element = document.createElement(tagName(chart));
  // The pre-rendered figure (picture and table) stays on screen inside the element until the chart is drawn.
  element.append(...main.childNodes);
  for (const name of attributeNames(chart)) {
    const value = query.get(name);
    if (value !== null) element.setAttribute(name, value);
  }
  // The page is the chart: it loads at once (the host's iframe waits with loading="lazy").
  element.setAttribute('loading', 'eager');
  const locale = query.get('locale');
  if (locale === 'ru' || locale === 'kk' || locale === 'en') document.documentElement.lang = locale;
  main.append(element);

  let last = 0;
  const post = () => {
    const height = Math.ceil(main.getBoundingClientRect().height);
    if (height === last || window.parent === window) return;
    last = height;
    // The height is not a secret: any parent may read it; the resizer checks who sent it.
    window.parent.postMessage({ type: heightMessageType, height }, '*');
  };
  // Until the chart is drawn, the iframe keeps the height its snippet gave it.
  element.addEventListener(
    drawnEvent,
    () => {
      const title = element.shadowRoot?.querySelector('.kzt-title')?.textContent;
      if (title) document.title = title;
      new ResizeObserver(post).observe(main);
      post();
    },
    { once: true },
  );
}
