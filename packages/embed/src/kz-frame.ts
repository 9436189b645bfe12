// The iframe page's script: builds the chart element from the page's options or query (each
// parameter a known attribute name, set as an attribute: data, never markup) around what the page
// pre-rendered, and posts the page's height to the parent whenever it changes once the chart is drawn,
// in every protocol the page's address asks for (height-protocols.ts). A `data-src` in the query (the
// address of an update of the figures) is taken only from the origins frame-data-src.ts allows.
import { attributeNames, isChartId, tagName } from '@kz-trafficking/core/embed';
import { loadUpdateModule } from './data-source.js';
import { allowedDataSrc } from './frame-data-src.js';
import { asksForHeight, heightMessages, hostProtocols, readyMessages } from './height-protocols.js';

/** The figure's drawn event (`drawnEvent` of @kz-trafficking/react), without React on this page. */
const drawnEvent = 'kzt-drawn';

const main = document.querySelector<HTMLElement>('main[data-kz-chart]');
const chart = main?.dataset.kzChart;
if (main && isChartId(chart)) {
  // A pre-rendered page is for the options it was built with; the page for any options reads its query.
  const query = new URLSearchParams(main.dataset.kzOptions ?? location.search);
  const element = document.createElement(tagName(chart));
  // An update of the figures is named by the page's own address, whatever options it was built with.
  const dataSrc = new URLSearchParams(location.search).get('data-src')?.trim() || null;
  const allowed = dataSrc === null ? null : allowedDataSrc(dataSrc, location.href, main.dataset.kzDataOrigins);
  const locale = query.get('locale');
  if (dataSrc === null) {
    // The pre-rendered figure (picture and table) stays on screen inside the element until the chart is drawn.
    element.append(...main.childNodes);
  } else {
    // The pre-rendered figure shows the bundled figures, not the update's.
    main.replaceChildren();
    if (allowed) element.setAttribute('data-src', allowed);
  }
  for (const name of attributeNames(chart)) {
    const value = query.get(name);
    if (value !== null) element.setAttribute(name, value);
  }
  // The page is the chart: it loads at once (the host's iframe waits with loading="lazy").
  element.setAttribute('loading', 'eager');
  if (locale === 'ru' || locale === 'kk' || locale === 'en') document.documentElement.lang = locale;
  const refused = dataSrc !== null && !allowed;
  if (refused) {
    // No chart at all: the notice, in the page's language, from the update chunk beside kz-charts.js.
    const loader = document.querySelector<HTMLScriptElement>('script[src*="kz-charts.js"]')?.src;
    if (loader)
      loadUpdateModule(new URL('.', loader).href).then(
        (update) => main.append(update.notAllowedNotice(locale, dataSrc)),
        () => undefined,
      );
  } else main.append(element);

  const protocols = hostProtocols(location.search, location.hash);
  // The messages are not secret (WordPress's secret only tells its frames apart): any parent may
  // read them; the resizer, Pym.js, AMP and wp-embed.js each check which frame sent them.
  const send = (messages: unknown[]) => {
    if (window.parent === window) return;
    for (const message of messages) window.parent.postMessage(message, '*');
  };
  let last = 0;
  const post = (again = false) => {
    const height = Math.ceil(main.getBoundingClientRect().height);
    if (height === last && !again) return;
    last = height;
    send(heightMessages(protocols, height));
  };
  const start = () => {
    const title = element.shadowRoot?.querySelector('.kzt-title')?.textContent;
    if (title) document.title = title;
    new ResizeObserver(() => post()).observe(main);
    post();
    send(readyMessages(protocols));
    window.addEventListener('message', (event) => {
      if (event.source === window.parent && asksForHeight(protocols, event.data)) post(true);
    });
  };
  // Until the chart is drawn, the iframe keeps the height its snippet gave it; a refused page is done.
  if (refused) start();
  else element.addEventListener(drawnEvent, start, { once: true });
}
