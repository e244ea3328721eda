// MUI X DataGrid (free edition): pages of 25 with a page-size selector, a hidden ID column, column menus,
// checkbox selection, and a stacked cell of avatar, name and email.
import { createRoot } from 'react-dom/client';
import { Avatar, Box, Chip, CssBaseline, Typography } from '@mui/material';
import { DataGrid } from '@mui/x-data-grid';
import { corpusPeople, initials } from './shared';

const people = corpusPeople({ fallback: 230, seed: 102, domain: 'muicrm.example' });

function PersonCell({ row }) {
  return (
    <Box sx={{ display: 'flex', alignItems: 'center', gap: 1.5, height: '100%' }}>
      <Avatar sx={{ width: 32, height: 32, fontSize: 13 }}>{initials(row)}</Avatar>
      <Box sx={{ lineHeight: 1.3 }}>
        <Typography variant="body2" sx={{ fontWeight: 600 }}>{row.name}</Typography>
        <Typography variant="caption" color="text.secondary">{row.email}</Typography>
      </Box>
    </Box>
  );
}

const columns = [
  { field: 'id', headerName: 'ID', width: 90 },
  { field: 'name', headerName: 'User', width: 300, renderCell: (params) => <PersonCell row={params.row} /> },
  { field: 'title', headerName: 'Role', width: 280 },
  { field: 'department', headerName: 'Department', width: 170 },
  { field: 'status', headerName: 'Status', width: 120, renderCell: (params) => <Chip size="small" label={params.value} /> },
];

function App() {
  return (
    <Box sx={{ p: 3 }}>
      <CssBaseline />
      <Typography variant="h5" component="h1" gutterBottom>Users</Typography>
      <Box sx={{ height: 640 }}>
        <DataGrid
          rows={people}
          columns={columns}
          rowHeight={56}
          checkboxSelection
          initialState={{
            pagination: { paginationModel: { pageSize: 25 } },
            columns: { columnVisibilityModel: { id: false } },
          }}
          pageSizeOptions={[25, 50, 100]}
        />
      </Box>
    </Box>
  );
}

createRoot(document.getElementById('root')).render(<App />);
