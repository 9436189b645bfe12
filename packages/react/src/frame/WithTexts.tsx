import { type ChartTexts, type CommonMessages, type Locale, loadFailureTexts } from '@kz-trafficking/core';
import { type ReactNode, useEffect, useReducer, useRef, useSyncExternalStore } from 'react';
import { toError } from './ChartErrorBoundary.js';
import { frameCss } from './styles.js';
import type { ThemeName } from './theme.js';
import type { BoxShape } from './types.js';

interface WithTextsProps<M extends CommonMessages> {
  texts: ChartTexts<M>;
  locale: Locale;
  theme: ThemeName;
  /** The chart box to hold while the texts load. */
  box: BoxShape;
  className?: string | undefined;
  /** Called once a load of the texts fails. */
  onFailure: (error: Error) => void;
  /** The figure, drawn with the loaded texts. */
  children: (messages: M) => ReactNode;
}

/** The notice that the texts could not be loaded, with a retry; `onShown` once per failure. */
function LoadFailure({
  locale,
  error,
  onShown,
  onRetry,
}: {
  locale: Locale;
  error: unknown;
  onShown: (error: Error) => void;
  onRetry: () => void;
}) {
  const shown = useRef(onShown);
  useEffect(() => shown.current(toError(error)), [error]);
  const text = loadFailureTexts[locale];
  return (
    <div className="kzt-error" role="alert">
      <p>{text.notice}</p>
      <div className="kzt-actions">
        <button type="button" onClick={onRetry}>
          {text.retry}
        </button>
      </div>
    </div>
  );
}

/** The figure's outline while its texts load or after they failed: its stylesheet, language and box. */
function Placeholder({
  locale,
  theme,
  box,
  className,
  children,
}: Pick<WithTextsProps<CommonMessages>, 'locale' | 'theme' | 'box' | 'className'> & { children?: ReactNode }) {
  return (
    <figure
      className={className ? `kzt-figure ${className}` : 'kzt-figure'}
      lang={locale}
      data-kzt-theme={theme}
      aria-busy={children ? undefined : true}
    >
      <style>{frameCss}</style>
      {children ?? (
        <div
          className="kzt-box"
          style={'height' in box ? { height: box.height } : { aspectRatio: String(box.aspectRatio) }}
        />
      )}
    </figure>
  );
}

const subscribeToNothing = () => () => {};

/**
 * Whether this render is on the server or hydrates the server's HTML (the server snapshot is read
 * then), rather than a render in the browser.
 */
function useServerOrHydrating(): boolean {
  return useSyncExternalStore(
    subscribeToNothing,
    () => false,
    () => true,
  );
}

/**
 * Draws `children` with the chart's texts in `locale`, loading them first if no chart on the page
 * has yet. A load that fails shows a notice with a retry instead; nothing is thrown into the host page.
 *
 * No Suspense boundary of its own: React's server renderer sends a large finished boundary apart
 * from the page, hidden until a script shows it, so a reader without JavaScript would see only the
 * held box. On the server and while hydrating, missing texts suspend the render up to the page's
 * own boundary or root (a streaming render waits; hydration keeps the server's figure); in the
 * browser, the held box shows until they are loaded.
 */
export function WithTexts<M extends CommonMessages>({
  texts,
  locale,
  theme,
  box,
  className,
  onFailure,
  children,
}: WithTextsProps<M>) {
  const [, rerender] = useReducer((count: number) => count + 1, 0);
  const serverOrHydrating = useServerOrHydrating();
  const messages = texts.loaded(locale);
  const failure = messages ? undefined : texts.failure(locale);
  useEffect(() => {
    if (messages || failure !== undefined) return;
    let current = true;
    const done = () => current && rerender();
    texts.load(locale).then(done, done);
    return () => {
      current = false;
    };
  }, [texts, locale, messages, failure]);

  if (messages) return children(messages);
  const placeholder = { locale, theme, box, className };
  if (failure !== undefined) {
    const retry = () => {
      texts.load(locale).catch(() => undefined);
      rerender();
    };
    return (
      <Placeholder {...placeholder}>
        <LoadFailure locale={locale} error={failure} onShown={onFailure} onRetry={retry} />
      </Placeholder>
    );
  }
  if (serverOrHydrating) throw texts.load(locale).catch(() => undefined);
  return <Placeholder {...placeholder} />;
}
