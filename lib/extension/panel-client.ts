import { errorResponseSchema, panelResponseSchemas, type PanelRequest, type PanelResponse } from '../messages';

type Send = (message: unknown) => Promise<unknown>;

/** Asks the background on the panel's behalf, and checks the answer's shape before using it. */
export async function askForPanel<R extends PanelRequest>(send: Send, request: R): Promise<PanelResponse<R['type']>> {
  const raw = await send(request);
  const schema = panelResponseSchemas[request.type].or(errorResponseSchema);
  const parsed = schema.safeParse(raw);
  if (!parsed.success) return { ok: false, error: 'The extension sent an unexpected answer. Reload the page and try again.' };
  return parsed.data as PanelResponse<R['type']>;
}
