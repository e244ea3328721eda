// Types of the plain JS demo server, for the TypeScript tests that start it.
export const DEMO_PAGES: ReadonlyArray<{ path: string; title: string }>;
export function startDemoServer(options?: { port?: number; host?: string }): Promise<{ origin: string; close(): Promise<void> }>;
