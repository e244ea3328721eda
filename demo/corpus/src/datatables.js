// DataTables (jQuery): 10 entries a page, "Showing 1 to 10 of N entries", a page-length menu and search.
import $ from 'jquery';
import DataTable from 'datatables.net-dt';
import 'datatables.net-dt/css/dataTables.dataTables.css';
import { corpusPeople } from './shared';

const people = corpusPeople({ fallback: 57, seed: 106, domain: 'datatables-hr.example' });
window.jQuery = $;

new DataTable('#people', {
  data: people,
  columns: [
    { data: 'name', title: 'Name' },
    { data: 'title', title: 'Position' },
    { data: 'location', title: 'Office' },
    { data: 'email', title: 'E-mail' },
    { data: 'startDate', title: 'Start date' },
  ],
});
