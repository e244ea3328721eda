// Tabulator with its virtual DOM: only the rows in view of a fixed-height table are drawn.
import { TabulatorFull as Tabulator } from 'tabulator-tables';
import 'tabulator-tables/dist/css/tabulator.min.css';
import { corpusPeople } from './shared';

const people = corpusPeople({ fallback: 180, seed: 105, domain: 'tabulatorhr.example' });

new Tabulator('#table', {
  data: people,
  height: 420,
  layout: 'fitColumns',
  renderVertical: 'virtual',
  columns: [
    { title: 'Name', field: 'name', width: 200 },
    { title: 'Email', field: 'email', width: 260 },
    { title: 'Designation', field: 'title' },
    { title: 'Department', field: 'department', width: 160 },
    { title: 'Start date', field: 'startDate', width: 120 },
  ],
});
