import { scrapePage } from '@/lib/scrape';

/** Injected into the current tab from the popup (activeTab); returns the tables it finds. */
export default defineContentScript({
  registration: 'runtime',
  main: () => scrapePage(document),
});
