const warned = new Set<string>();

function isDevelopment(): boolean {
  try {
    // Written out in full so that bundlers replace it with the build's mode (Vite, Next.js and the
    // embed runtime build with "production"). Without a bundler there is no `process`: no warnings.
    return process.env.NODE_ENV !== 'production';
  } catch {
    return false;
  }
}

/** Warns once per message, in development only: a chart never logs in production. */
export function warnOnce(message: string): void {
  if (!isDevelopment() || warned.has(message)) return;
  warned.add(message);
  console.warn(`[kz-trafficking] ${message}`);
}
