import { panelError } from './wording';
import { errorResponseSchema, panelResponseSchemas, type PanelRequest, type PanelResponse } from '../messages';

type Send = (message: unknown) => Promise<unknown>;

/** Asks the background on the panel's behalf, and checks the answer's shape before using it. */
export async function askForPanel<R extends PanelRequest>(send: Send, request: R): Promise<PanelResponse<R['type']>> {
  const raw = await send(request);
  const schema = panelResponseSchemas[request.type].or(errorResponseSchema);
  const parsed = schema.safeParse(raw);
  if (!parsed.success) return panelError('unexpectedAnswer');
  return parsed.data as PanelResponse<R['type']>;
}
