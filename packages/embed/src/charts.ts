/** The iframe page posts this message type to its parent; the resizer accepts nothing else. */
export const heightMessageType = 'kz-charts:height';
/** Heights outside 1…maxFrameHeight pixels are ignored by the resizer. */
export const maxFrameHeight = 10000;
