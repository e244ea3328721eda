// AG Grid Community: rows virtualised, the name column pinned left, a status badge; with data-paged on
// <body>, the grid's own pagination with its page-size selector.
import { AllCommunityModule, ModuleRegistry, createGrid } from 'ag-grid-community';
import { corpusPeople } from './shared';

ModuleRegistry.registerModules([AllCommunityModule]);

const paged = document.body.dataset.paged !== undefined;
const people = corpusPeople({ fallback: paged ? 120 : 230, seed: 101, domain: 'agcorp.example' });

function statusBadge(params) {
  const badge = document.createElement('span');
  badge.className = 'badge';
  badge.textContent = params.value;
  return badge;
}

createGrid(document.getElementById('grid'), {
  rowData: people,
  getRowId: (params) => params.data.id,
  columnDefs: [
    { field: 'name', headerName: 'Name', pinned: 'left', width: 200 },
    { field: 'email', headerName: 'Email', width: 260 },
    { field: 'title', headerName: 'Position', width: 280 },
    { field: 'department', headerName: 'Department', width: 170 },
    { field: 'status', headerName: 'Status', width: 120, cellRenderer: statusBadge },
    { field: 'location', headerName: 'Location', width: 150 },
    { field: 'startDate', headerName: 'Start date', width: 130 },
  ],
  defaultColDef: { sortable: true, filter: true, resizable: true },
  ...(paged ? { pagination: true, paginationPageSize: 20, paginationPageSizeSelector: [20, 50, 100] } : {}),
});
