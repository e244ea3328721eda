import { exportsEachCorpusPage } from './support/corpus';

// The corpus's pages read by scrolling: virtualised grids and an endless list (the paged ones: scrape-corpus-pages.e2e.ts).
exportsEachCorpusPage('exporting the scrolled pages built with real grid libraries', [
  { page: 'ag-grid.html', library: 'AG Grid, virtualised rows and a pinned name column' },
  { page: 'tanstack.html', library: 'TanStack Table with TanStack Virtual, emails only in mailto links' },
  { page: 'tabulator.html', library: 'Tabulator with its virtual DOM' },
  { page: 'virtuoso.html', library: 'react-virtuoso, an endless list of cards' },
]);
