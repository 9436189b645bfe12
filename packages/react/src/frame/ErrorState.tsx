import { type CommonMessages, errorText, fill, isKztError } from '@kz-trafficking/core';

/** The reader-facing text of an error: core's errors in the chart's language, others generically. */
export function errorMessage(error: unknown, messages: CommonMessages, chartName: string): string {
  if (isKztError(error)) return errorText(error, messages, chartName);
  return fill(messages.frame.errorHint, { what: chartName });
}

/** What a figure shows instead of a chart it cannot draw. */
export function ErrorState({ messages, message }: { messages: CommonMessages; message: string }) {
  return (
    <div className="kzt-error" role="alert">
      <p>
        <strong>{messages.frame.errorTitle}</strong>
      </p>
      <p>{message}</p>
    </div>
  );
}
