import {
  assertFiniteNumber,
  assertOneOf,
  type ChartTexts,
  type CommonMessages,
  customSourceLines,
  isLocale,
  KztError,
  locales,
} from '@kz-trafficking/core';
import { type ComponentProps, type ReactNode, useEffect, useId, useRef } from 'react';
import { ChartErrorBoundary, toError } from './ChartErrorBoundary.js';
import { ChartFrame } from './ChartFrame.js';
import type { EmbedTarget } from './EmbedPanel.js';
import { ErrorState, errorMessage } from './ErrorState.js';
import { Figure } from './Figure.js';
import { type ThemeName, themeNames } from './theme.js';
import {
  type BoxShape,
  type BoxSize,
  type ChartAction,
  type ChartModel,
  type CommonChartProps,
  chartActions,
  type RenderContext,
} from './types.js';
import { useAnimation } from './useReducedMotion.js';
import { WithTexts } from './WithTexts.js';
import { warnOnce } from './warn.js';

/** How one chart computes its model and draws it; the shell does the rest. */
export interface ChartDefinition<P, T, M extends CommonMessages> {
  /** The component's name, for messages. */
  name: string;
  /** The texts the chart uses, per locale: only its own sections, each locale loaded when first shown. */
  texts: ChartTexts<M>;
  /** The chart box held while the texts load, when the props ask for no height or aspect ratio. */
  placeholderBox: BoxShape;
  /** The title shown when the props cannot be charted. */
  fallbackTitle: (messages: M, props: P) => string;
  compute: (props: P, messages: M) => ChartModel<T>;
  render: (model: ChartModel<T>, size: BoxSize, context: RenderContext<M>) => ReactNode;
  /**
   * The width the chart is drawn at before its box is measured — on the server and in the first
   * client render, so that hydration matches — scaled to the box by its viewBox. Only for charts
   * drawn during render (the d3-geo map); Recharts draws in effects, so its charts leave it out.
   */
  serverWidth?: number;
  /** The chart's embed and its options as embed attributes; `null` when the props cannot be embedded (custom data). */
  embed: (props: P) => Pick<EmbedTarget, 'chart' | 'options'> | null;
}

type Outcome<T> = { model: ChartModel<T> } | { error: unknown };

function checkBox(props: CommonChartProps, box: BoxShape): BoxShape {
  for (const what of ['height', 'aspectRatio'] as const) {
    if (props[what] === undefined) continue;
    const value = assertFiniteNumber(props[what], what);
    if (value > 0) return what === 'height' ? { height: value } : { aspectRatio: value };
    throw new KztError('invalid-number', `${what} must be above 0.`, { what, value: String(value) });
  }
  return box;
}

function computeOutcome<P extends CommonChartProps, T, M extends CommonMessages>(
  definition: ChartDefinition<P, T, M>,
  props: P,
  messages: M,
): Outcome<T> {
  try {
    assertOneOf(props.locale ?? 'ru', locales, 'unknown-locale', 'locale');
    const model = definition.compute(props, messages);
    return {
      model: {
        ...model,
        title: props.title ?? model.title,
        subtitle: props.subtitle ?? model.subtitle,
        notes: props.notes ?? model.notes,
        sources: props.sources === undefined ? model.sources : customSourceLines(props.sources),
        box: checkBox(props, model.box),
      },
    };
  } catch (error) {
    return { error };
  }
}

function resolveTheme(theme: unknown): ThemeName {
  if (theme === undefined) return 'auto';
  if (themeNames.includes(theme as ThemeName)) return theme as ThemeName;
  // String() of an object without a prototype throws: such a theme is named by its type.
  const named = typeof theme === 'object' && theme !== null ? 'object' : String(theme);
  warnOnce(`Unknown theme ${named}; using "auto". Valid: ${themeNames.join(', ')}.`);
  return 'auto';
}

/** The figure as an embed: its chart, language, theme and options, served from `embedBaseUrl`. */
function embedTarget<P extends CommonChartProps>(
  definition: { embed: (props: P) => Pick<EmbedTarget, 'chart' | 'options'> | null },
  props: P,
  theme: ThemeName,
  locale: string,
): EmbedTarget | null {
  if (typeof props.embedBaseUrl !== 'string') return null;
  // Updated figures embed only from their update file's address.
  const dataSrc = props.dataset === undefined ? undefined : props.datasetSrc;
  if (props.dataset !== undefined && typeof dataSrc !== 'string') return null;
  const target = definition.embed(props);
  if (!target) return null;
  const { title, subtitle } = props;
  return {
    chart: target.chart,
    options: { locale, theme, title, subtitle, dataSrc, ...target.options },
    baseUrl: props.embedBaseUrl,
  };
}

/** The buttons asked for (all by default), in their fixed order; the embed action only with something to embed. */
function resolveActions(actions: unknown, embed: EmbedTarget | null): readonly ChartAction[] {
  const wanted: readonly unknown[] = Array.isArray(actions) ? actions : chartActions;
  return chartActions.filter((action) => wanted.includes(action) && (action !== 'embed' || embed));
}

/** A figure with its error state; its own ids, as it replaces the chart's frame. */
function ErrorFigure(props: Omit<ComponentProps<typeof Figure>, 'id'>) {
  return <Figure id={useId()} {...props} />;
}

interface ShellProps<P, T, M extends CommonMessages> {
  definition: ChartDefinition<P, T, M>;
  props: P;
}

/** The box the props ask for, or the chart's usual one while they cannot be read. */
function placeholderBox(props: CommonChartProps, box: BoxShape): BoxShape {
  try {
    return checkBox(props, box);
  } catch {
    return box;
  }
}

/**
 * Renders a chart inside its figure, or — when the props cannot be charted, drawing fails or its
 * texts cannot be loaded — a readable error state; nothing is thrown into the host page.
 */
export function ChartShell<P extends CommonChartProps, T, M extends CommonMessages>({
  definition,
  props,
}: ShellProps<P, T, M>) {
  const theme = resolveTheme(props.theme);
  const locale = props.locale;
  return (
    <WithTexts
      texts={definition.texts}
      locale={isLocale(locale) ? locale : 'ru'}
      theme={theme}
      box={placeholderBox(props, definition.placeholderBox)}
      className={props.className}
      onFailure={(error) => {
        warnOnce(`${definition.name}: its texts could not be loaded. ${error.message}`);
        props.onError?.(error);
      }}
    >
      {(messages) => <ChartContent definition={definition} props={props} messages={messages} theme={theme} />}
    </WithTexts>
  );
}

/** The chart with its texts loaded. */
function ChartContent<P extends CommonChartProps, T, M extends CommonMessages>({
  definition,
  props,
  messages,
  theme,
}: ShellProps<P, T, M> & { messages: M; theme: ThemeName }) {
  const outcome = computeOutcome(definition, props, messages);
  const animate = useAnimation(props.animate);
  // An untyped caller's level outside 2–6 (an object, 7, '3') would make no valid heading element.
  const level = ([2, 3, 4, 5, 6] as const).find((valid) => valid === props.headingLevel) ?? 2;
  const failure = 'error' in outcome ? errorMessage(outcome.error, messages, definition.name) : null;
  const { onError } = props;
  // The latest outcome and callback, read by the effect, which runs once per distinct failure.
  const latest = useRef({ outcome, onError, name: definition.name });
  latest.current = { outcome, onError, name: definition.name };

  useEffect(() => {
    const { outcome, onError, name } = latest.current;
    if (failure === null || !('error' in outcome)) return;
    const error = toError(outcome.error);
    warnOnce(`${name}: ${error.message}`);
    onError?.(error);
  }, [failure]);

  const fallbackTitle = () => {
    try {
      return props.title ?? definition.fallbackTitle(messages, props);
    } catch {
      return messages.frame.errorTitle;
    }
  };
  const renderError = (message: string) => (
    <ErrorFigure
      drawn
      theme={theme}
      lang={messages.locale}
      headingLevel={level}
      title={fallbackTitle()}
      className={props.className}
    >
      <ErrorState messages={messages} message={message} />
    </ErrorFigure>
  );

  if ('error' in outcome) return renderError(failure ?? '');
  const { model } = outcome;
  const embed = embedTarget(definition, props, theme, messages.locale);
  return (
    <ChartErrorBoundary
      fallback={(error) => renderError(errorMessage(error, messages, definition.name))}
      onError={(error) => {
        warnOnce(`${definition.name}: ${error.message}`);
        onError?.(error);
      }}
    >
      <ChartFrame
        {...model}
        messages={messages}
        theme={theme}
        headingLevel={level}
        actions={resolveActions(props.actions, embed)}
        embed={embed}
        className={props.className}
        onError={onError}
        serverWidth={definition.serverWidth}
      >
        {(size, onDrawn) => definition.render(model, size, { messages, animate, onDrawn })}
      </ChartFrame>
    </ChartErrorBoundary>
  );
}
