import {
  assertFiniteNumber,
  assertOneOf,
  type DataTable,
  isLocale,
  KztError,
  locales,
  type Messages,
  type SourceLine,
} from '@kz-trafficking/core';
import { catalogues } from '@kz-trafficking/core/messages';
import { type ReactNode, useEffect, useId, useRef } from 'react';
import { ChartErrorBoundary } from './ChartErrorBoundary.js';
import { type BoxShape, type BoxSize, ChartFrame, Heading } from './ChartFrame.js';
import type { ColumnKind } from './DataTableView.js';
import { ErrorState, errorMessage } from './ErrorState.js';
import { frameCss } from './styles.js';
import { type ThemeName, themeNames } from './theme.js';
import { type ChartAction, type CommonChartProps, chartActions } from './types.js';
import { useAnimation } from './useReducedMotion.js';
import { warnOnce } from './warn.js';

/** Everything a figure needs, computed from the props before anything is drawn. */
export interface ChartModel<T> {
  data: T;
  title: string;
  subtitle: string;
  notes: readonly string[];
  sources: readonly SourceLine[];
  description: string;
  table: DataTable;
  columnKinds: readonly ColumnKind[];
  box: BoxShape;
}

export interface RenderContext {
  messages: Messages;
  animate: boolean;
}

/** How one chart computes its model and draws it; the shell does the rest. */
export interface ChartDefinition<P, T> {
  /** The component's name, for messages. */
  name: string;
  /** The title shown when the props cannot be charted. */
  fallbackTitle: (messages: Messages, props: P) => string;
  compute: (props: P, messages: Messages) => ChartModel<T>;
  render: (model: ChartModel<T>, size: BoxSize, context: RenderContext) => ReactNode;
}

type Outcome<T> = { model: ChartModel<T>; messages: Messages } | { error: unknown; messages: Messages };

function checkBox(props: CommonChartProps, box: BoxShape): BoxShape {
  if (props.height !== undefined) {
    const height = assertFiniteNumber(props.height, 'height');
    if (height > 0) return { height };
    throw new KztError('invalid-number', 'height must be above 0.', { what: 'height', value: String(height) });
  }
  if (props.aspectRatio !== undefined) {
    const aspectRatio = assertFiniteNumber(props.aspectRatio, 'aspectRatio');
    if (aspectRatio > 0) return { aspectRatio };
    throw new KztError('invalid-number', 'aspectRatio must be above 0.', {
      what: 'aspectRatio',
      value: String(aspectRatio),
    });
  }
  return box;
}

function computeOutcome<P extends CommonChartProps, T>(definition: ChartDefinition<P, T>, props: P): Outcome<T> {
  const locale = props.locale ?? 'ru';
  const messages = catalogues[isLocale(locale) ? locale : 'ru'];
  try {
    assertOneOf(locale, locales, 'unknown-locale', 'locale');
    const model = definition.compute(props, messages);
    return {
      messages,
      model: {
        ...model,
        title: props.title ?? model.title,
        subtitle: props.subtitle ?? model.subtitle,
        notes: props.notes ?? model.notes,
        box: checkBox(props, model.box),
      },
    };
  } catch (error) {
    return { error, messages };
  }
}

function resolveTheme(theme: unknown): ThemeName {
  if (theme === undefined) return 'auto';
  if (themeNames.includes(theme as ThemeName)) return theme as ThemeName;
  warnOnce(`Unknown theme ${String(theme)}; using "auto". Valid: ${themeNames.join(', ')}.`);
  return 'auto';
}

function resolveActions(actions: readonly unknown[] | undefined): readonly ChartAction[] {
  if (actions === undefined) return chartActions;
  if (!Array.isArray(actions)) return chartActions;
  return chartActions.filter((action) => actions.includes(action));
}

function ErrorFigure({
  title,
  message,
  messages,
  theme,
  level,
}: {
  title: string;
  message: string;
  messages: Messages;
  theme: ThemeName;
  level: 2 | 3 | 4 | 5 | 6;
}) {
  const id = useId();
  return (
    <figure className="kzt-figure" data-kzt-theme={theme} aria-labelledby={`${id}-title`}>
      <style>{frameCss}</style>
      <ErrorState
        messages={messages}
        message={message}
        heading={
          <Heading level={level} id={`${id}-title`}>
            {title}
          </Heading>
        }
      />
    </figure>
  );
}

/**
 * Renders a chart inside its figure, or — when the props cannot be charted or drawing fails — a
 * readable error state; nothing is thrown into the host page.
 */
export function ChartShell<P extends CommonChartProps, T>({
  definition,
  props,
}: {
  definition: ChartDefinition<P, T>;
  props: P;
}) {
  const outcome = computeOutcome(definition, props);
  const theme = resolveTheme(props.theme);
  const animate = useAnimation(props.animate);
  const level = props.headingLevel ?? 2;
  const { messages } = outcome;
  const failure = 'error' in outcome ? errorMessage(outcome.error, messages, definition.name) : null;
  const { onError } = props;
  // The latest outcome and callback, read by the effect, which runs once per distinct failure.
  const latest = useRef({ outcome, onError, name: definition.name });
  latest.current = { outcome, onError, name: definition.name };

  useEffect(() => {
    const { outcome, onError, name } = latest.current;
    if (failure === null || !('error' in outcome)) return;
    const error = outcome.error instanceof Error ? outcome.error : new Error(String(outcome.error));
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
    <ErrorFigure title={fallbackTitle()} message={message} messages={messages} theme={theme} level={level} />
  );

  if ('error' in outcome) return renderError(failure ?? '');
  const { model } = outcome;
  return (
    <ChartErrorBoundary
      fallback={(error) => renderError(errorMessage(error, messages, definition.name))}
      onError={(error) => {
        warnOnce(`${definition.name}: ${error.message}`);
        onError?.(error);
      }}
    >
      <ChartFrame
        messages={messages}
        theme={theme}
        title={model.title}
        subtitle={model.subtitle}
        notes={model.notes}
        sources={model.sources}
        description={model.description}
        table={model.table}
        columnKinds={model.columnKinds}
        headingLevel={level}
        box={model.box}
        actions={resolveActions(props.actions)}
        className={props.className}
        onError={onError}
      >
        {(size) => definition.render(model, size, { messages, animate })}
      </ChartFrame>
    </ChartErrorBoundary>
  );
}
