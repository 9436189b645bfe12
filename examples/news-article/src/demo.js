// The article's chart-language switch: sets `locale` on the custom elements, the iframe's query,
// and shows the static figure of that language. Works under `script-src 'self'`.
(() => {
  const locales = ['ru', 'kk', 'en'];

  function apply(locale) {
    for (const button of document.querySelectorAll('.locale-switch button')) {
      button.setAttribute('aria-pressed', String(button.dataset.locale === locale));
    }
    for (const element of document.querySelectorAll(
      'kz-slavery-index-bar, kz-crime-trend-line, kz-victim-gender-donut, kz-regional-share',
    )) {
      element.setAttribute('locale', locale);
    }
    for (const frame of document.querySelectorAll('iframe[data-kz-chart]')) {
      const url = new URL(frame.getAttribute('src'), location.href);
      if (url.searchParams.get('locale') === locale) continue;
      url.searchParams.set('locale', locale);
      frame.src = url.href;
    }
    for (const figure of document.querySelectorAll('[data-static-locale]')) {
      figure.hidden = figure.dataset.staticLocale !== locale;
    }
  }

  for (const button of document.querySelectorAll('.locale-switch button')) {
    button.addEventListener('click', () => {
      const locale = button.dataset.locale;
      apply(locale);
      const url = new URL(location.href);
      if (locale === 'ru') url.searchParams.delete('lang');
      else url.searchParams.set('lang', locale);
      history.replaceState(null, '', url);
    });
  }
  const requested = new URL(location.href).searchParams.get('lang');
  if (requested && requested !== 'ru' && locales.includes(requested)) apply(requested);
})();
