import { exportsEachCorpusPage } from './support/corpus';

// The corpus's pages read page by page: pagers, page-size menus and a body swapped after a delay.
exportsEachCorpusPage('exporting the paged pages built with real grid libraries', [
  { page: 'ag-grid-paged.html', library: 'AG Grid with its pagination and page-size menu', pageSize: 100 },
  { page: 'mui-x.html', library: 'MUI X DataGrid: pages and a rows-per-page menu, a hidden column, stacked avatar, name and email', pageSize: 100 },
  { page: 'antd.html', library: 'Ant Design Table with its default pagination, page-size menu and tag cells', pageSize: 100 },
  { page: 'datatables.html', library: 'DataTables, "Showing 1 to 10 of N entries"', pageSize: 100 },
  { page: 'gridjs.html', library: 'Grid.js with its numbered pager' },
  { page: 'lit.html', library: 'Lit web components in shadow roots, icon-only Next and a delayed body', pageSize: 50 },
]);
