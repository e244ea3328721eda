/**
 * Why the page did not start an export, in English; the same texts are under said.pageAgent in
 * locales/en.yml. The page answers with the English only (the code injected into pages stays small),
 * and the background finds the key again by the text.
 */
export const PAGE_AGENT_ERRORS = {
  malformed: 'Malformed request.',
  alreadyExporting: 'This table is already being exported.',
  tableGone: 'That table is no longer on the page. Open the popup again to see the tables now shown.',
} as const;

/** The key of an error the page agent sent, when it is one of its own. */
export function pageAgentErrorKey(text: string): string | undefined {
  const found = Object.entries(PAGE_AGENT_ERRORS).find(([, english]) => english === text);
  return found && `said.pageAgent.${found[0]}`;
}
