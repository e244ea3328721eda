// The mOS My Organization screen built with the real Material UI (@mui/material): a Table of members with
// a Select per Billing Status, Dialogs with Tabs, TextFields validated as you type, Selects whose menus
// open in portals, checkboxes for Product Access, and an upload box around a hidden file input.
import { useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import {
  Alert, Avatar, Box, Button, Checkbox, Chip, CssBaseline, Dialog, DialogActions, DialogContent, DialogTitle, FormControl,
  FormControlLabel, FormGroup, FormLabel, IconButton, InputLabel, LinearProgress, Link, List, ListItemButton, ListItemText,
  MenuItem, Paper, Select, Snackbar, Stack, Tab, Table, TableBody, TableCell, TableContainer, TableHead, TableRow, Tabs, TextField,
  Typography,
} from '@mui/material';
import { BILLING, DATA, EMAIL_PATTERN, ME, VIEWS, initialsOf, newForm, receiveFile, statusOf, useMosApp } from './mos-app';

function App() {
  const app = useMosApp();
  const [dialog, setDialog] = useState(null);
  return (
    <Box sx={{ display: 'flex', minHeight: '100vh', bgcolor: '#f5f6f8' }}>
      <CssBaseline />
      <Paper square elevation={0} sx={{ width: 220, borderRight: '1px solid #e0e0e0', p: 2 }}>
        <Typography variant="h6" sx={{ fontWeight: 800, mb: 2 }}>mOS</Typography>
        <nav aria-label="Main navigation">
          <List dense>
            {Object.entries(VIEWS).map(([view, title]) => (
              <ListItemButton key={view} component="a" href={`?view=${view}`} selected={app.view === view} aria-current={app.view === view ? 'page' : undefined} onClick={(event) => app.navigate(event, view)}>
                <ListItemText primary={title} />
              </ListItemButton>
            ))}
          </List>
        </nav>
        <Typography variant="caption" color="text.secondary">{DATA.organization} · Team plan</Typography>
      </Paper>
      <Box sx={{ flex: 1, minWidth: 0 }}>
        <Stack direction="row" sx={{ justifyContent: 'space-between', alignItems: 'center', px: 3, py: 1.5, bgcolor: '#fff', borderBottom: '1px solid #e0e0e0' }}>
          <Typography variant="subtitle1">{DATA.organization}</Typography>
          <Button color="inherit" aria-label={`Account menu, signed in as ${ME.name} (${ME.email})`} endIcon={<Avatar aria-hidden="true" sx={{ width: 28, height: 28, fontSize: 13 }}>{ME.initials}</Avatar>}>
            {ME.name} · {ME.role}
          </Button>
        </Stack>
        <Box component="main" sx={{ p: 3 }}>
          {app.view === 'my-organization' ? <MyOrganization app={app} openDialog={setDialog} /> : <Placeholder title={VIEWS[app.view]} />}
        </Box>
      </Box>
      {dialog === 'invite' ? <InviteDialog app={app} onClose={() => setDialog(null)} /> : null}
      {dialog === 'import' ? <ImportDialog app={app} onClose={() => setDialog(null)} /> : null}
      <Snackbar open={Boolean(app.message)} message={app.message} anchorOrigin={{ vertical: 'bottom', horizontal: 'center' }} />
    </Box>
  );
}

function Placeholder({ title }) {
  return (
    <>
      <Typography variant="h4" component="h1">{title}</Typography>
      <Paper sx={{ p: 2, mt: 2 }}>{title === 'Programs' ? DATA.programs.join(' · ') : 'Your team at a glance.'}</Paper>
    </>
  );
}

function MyOrganization({ app, openDialog }) {
  const active = app.members.filter((m) => m.active).length;
  return (
    <>
      <Stack direction="row" sx={{ justifyContent: 'space-between', alignItems: 'flex-start', mb: 2 }}>
        <Box>
          <Typography variant="h4" component="h1">My Organization</Typography>
          <Typography variant="body2" color="text.secondary">Invite team members, manage seats and billing.</Typography>
        </Box>
        <Stack direction="row" spacing={1}>
          <Button variant="contained" onClick={() => openDialog('invite')}>+ Invite</Button>
          <Button variant="outlined" onClick={() => openDialog('import')}>Import CSV</Button>
        </Stack>
      </Stack>
      <Stack direction="row" spacing={2} sx={{ mb: 2 }}>
        <Paper sx={{ p: 2, minWidth: 140 }}><Typography variant="overline">Active</Typography><Typography variant="h5">{active}</Typography></Paper>
        <Paper sx={{ p: 2, minWidth: 140 }}><Typography variant="overline">Inactive</Typography><Typography variant="h5">{app.members.length - active}</Typography></Paper>
      </Stack>
      <TableContainer component={Paper}>
        <Table size="small" aria-label="Members">
          <TableHead>
            <TableRow>
              {['Name', 'Email', 'Job Title', 'Permissions', 'Status', 'Progress', 'Billing Status'].map((title) => <TableCell key={title}>{title}</TableCell>)}
            </TableRow>
          </TableHead>
          <TableBody>
            {app.members.map((member, index) => (
              <TableRow key={member.email} sx={member.active ? null : { opacity: 0.6 }}>
                <TableCell>
                  <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
                    <Avatar aria-hidden="true" sx={{ width: 28, height: 28, fontSize: 12 }}>{initialsOf(member.name)}</Avatar>
                    <span>{member.name}</span>
                  </Stack>
                </TableCell>
                <TableCell>{member.email}</TableCell>
                <TableCell>{member.jobTitle}</TableCell>
                <TableCell>{member.permissions}</TableCell>
                <TableCell><Chip size="small" label={statusOf(member)} color={member.active ? (member.accepted ? 'success' : 'warning') : 'default'} /></TableCell>
                <TableCell>
                  <Stack direction="row" spacing={1} sx={{ alignItems: 'center', minWidth: 120 }}>
                    <LinearProgress variant="determinate" value={member.progress} sx={{ flex: 1 }} aria-label={`Progress of ${member.name}`} />
                    <Typography variant="body2">{member.progress}%</Typography>
                  </Stack>
                </TableCell>
                <TableCell>
                  <Select size="small" value={member.active ? 'Active' : 'Deactivate'} onChange={(event) => app.setBilling(index, event.target.value)} SelectDisplayProps={{ 'aria-label': `Billing Status for ${member.name}` }}>
                    {BILLING.map((value) => <MenuItem key={value} value={value}>{value}</MenuItem>)}
                  </Select>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableContainer>
    </>
  );
}

function MemberForm({ form, index, multiple, error, onChange, onRemove }) {
  const set = (field) => (event) => onChange({ ...form, [field]: event.target.value });
  // Validated as you type, as the app does: a wrong address is marked while it is being written.
  const typedWrong = form.email.trim() !== '' && !EMAIL_PATTERN.test(form.email.trim());
  const id = `member-${form.key}`;
  return (
    <Paper variant="outlined" role="group" aria-labelledby={`${id}-title`} sx={{ p: 2 }}>
      <Stack direction="row" sx={{ justifyContent: 'space-between', alignItems: 'center', mb: 1 }}>
        <Typography id={`${id}-title`} variant="subtitle2">Member {index + 1}</Typography>
        {multiple && index > 0 ? <IconButton size="small" aria-label={`Remove member ${index + 1}`} onClick={onRemove}>×</IconButton> : null}
      </Stack>
      <Box sx={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: 2 }}>
        <TextField id={`${id}-first`} label="First Name" size="small" value={form.first_name} onChange={set('first_name')} />
        <TextField id={`${id}-last`} label="Last Name" size="small" value={form.last_name} onChange={set('last_name')} />
        <TextField
          id={`${id}-email`}
          label="Email Address"
          type="email"
          size="small"
          required
          value={form.email}
          onChange={set('email')}
          error={typedWrong || Boolean(error)}
          helperText={error || (typedWrong ? 'Enter a valid email address.' : 'The invitation is sent here.')}
        />
        <TextField id={`${id}-title-field`} label="Job Title" size="small" value={form.job_title} onChange={set('job_title')} />
        <FormControl size="small">
          <InputLabel id={`${id}-permissions-label`}>Permissions</InputLabel>
          <Select labelId={`${id}-permissions-label`} label="Permissions" value={form.permissions} onChange={set('permissions')}>
            {DATA.permissions.map((name) => <MenuItem key={name} value={name}>{name}</MenuItem>)}
          </Select>
        </FormControl>
        <FormControl size="small">
          <InputLabel id={`${id}-programs-label`}>Program(s)</InputLabel>
          <Select
            labelId={`${id}-programs-label`}
            label="Program(s)"
            multiple
            value={form.programs}
            onChange={(event) => onChange({ ...form, programs: typeof event.target.value === 'string' ? event.target.value.split(',') : event.target.value })}
            renderValue={(chosen) => <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 0.5 }}>{chosen.map((name) => <Chip key={name} size="small" label={name} />)}</Box>}
          >
            {DATA.programs.map((name) => <MenuItem key={name} value={name}>{name}</MenuItem>)}
          </Select>
        </FormControl>
        <FormControl component="fieldset" sx={{ gridColumn: '1 / -1' }}>
          <FormLabel component="legend">Product Access</FormLabel>
          <FormGroup row>
            {DATA.productAccess.map((seat) => (
              <FormControlLabel
                key={seat}
                label={seat}
                control={<Checkbox checked={form.access.includes(seat)} onChange={(event) => onChange({ ...form, access: event.target.checked ? DATA.productAccess.filter((s) => s === seat || form.access.includes(s)) : form.access.filter((s) => s !== seat) })} />}
              />
            ))}
          </FormGroup>
        </FormControl>
      </Box>
    </Paper>
  );
}

function InviteDialog({ app, onClose }) {
  const [mode, setMode] = useState('single');
  const [forms, setForms] = useState(() => [newForm()]);
  const [problem, setProblem] = useState(null);
  const changeMode = (_event, next) => {
    setMode(next);
    if (next === 'single') setForms((all) => all.slice(0, 1));
    setProblem(null);
  };
  const submit = () => {
    const refused = app.invite(forms);
    if (refused) setProblem(refused);
    else onClose();
  };
  return (
    <Dialog open onClose={onClose} maxWidth="md" fullWidth aria-labelledby="invite-title">
      <DialogTitle id="invite-title">Invite Members</DialogTitle>
      <DialogContent>
        <Tabs value={mode} onChange={changeMode} aria-label="How many members" sx={{ mb: 2 }}>
          <Tab value="single" label="Add Single Member" id="invite-tab-single" aria-controls="invite-panel" />
          <Tab value="multiple" label="Add Multiple Members" id="invite-tab-multiple" aria-controls="invite-panel" />
        </Tabs>
        <div role="tabpanel" id="invite-panel" aria-labelledby={`invite-tab-${mode}`}>
          <Stack spacing={2}>
            {forms.map((form, index) => (
              <MemberForm
                key={form.key}
                form={form}
                index={index}
                multiple={mode === 'multiple'}
                error={problem?.index === index ? problem.problem : null}
                onChange={(next) => setForms((all) => all.map((f) => (f.key === form.key ? next : f)))}
                onRemove={() => setForms((all) => all.filter((f) => f.key !== form.key))}
              />
            ))}
          </Stack>
          {mode === 'multiple' ? <Button sx={{ mt: 1 }} onClick={() => setForms((all) => [...all, newForm()])}>Add Member</Button> : null}
        </div>
        {problem ? <Alert severity="error" sx={{ mt: 2 }}>{problem.message}</Alert> : null}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>Cancel</Button>
        <Button variant="contained" onClick={submit}>Invite Member</Button>
      </DialogActions>
    </Dialog>
  );
}

function ImportDialog({ app, onClose }) {
  const [file, setFile] = useState(null);
  const [over, setOver] = useState(false);
  const [error, setError] = useState('');
  const input = useRef(null);
  const accept = (chosen) => {
    setFile(chosen);
    setOver(false);
    setError('');
    receiveFile(chosen);
  };
  const runImport = async () => {
    try {
      await app.importFile(file);
      onClose();
    } catch (problem) {
      setError(problem.message);
    }
  };
  return (
    <Dialog open onClose={onClose} maxWidth="sm" fullWidth aria-labelledby="import-title">
      <DialogTitle id="import-title">Import CSV</DialogTitle>
      <DialogContent>
        <Typography variant="body2" color="text.secondary">Invite many team members at once. Add one user per row to the template, then drop the file below.</Typography>
        <Link href="../mos/sample.csv" download="sample.csv" sx={{ display: 'inline-block', my: 1 }}>Download Sample File</Link>
        <Box
          tabIndex={0}
          onClick={() => input.current?.click()}
          onKeyDown={(event) => { if (event.key === 'Enter' || event.key === ' ') { event.preventDefault(); input.current?.click(); } }}
          onDragEnter={(event) => { event.preventDefault(); setOver(true); }}
          onDragOver={(event) => { event.preventDefault(); if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy'; }}
          onDragLeave={() => setOver(false)}
          onDrop={(event) => { event.preventDefault(); const dropped = event.dataTransfer?.files?.[0]; if (dropped) accept(dropped); else setOver(false); }}
          sx={{ border: '2px dashed', borderColor: over ? 'primary.main' : '#bdbdbd', borderRadius: 2, p: 3, textAlign: 'center', cursor: 'pointer' }}
        >
          <Typography>{file ? `${file.name} selected` : 'Drag & drop your CSV here'}</Typography>
          <Typography variant="caption" color="text.secondary">{file ? 'Drop another file or click to replace it' : 'or click to browse your files'}</Typography>
          <input ref={input} type="file" accept=".csv,text/csv" hidden onChange={(event) => { const chosen = event.target.files?.[0]; if (chosen) accept(chosen); }} />
        </Box>
        {error ? <Alert severity="error" sx={{ mt: 2 }}>{error}</Alert> : null}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>Cancel</Button>
        <Button variant="contained" disabled={!file} onClick={runImport}>Import</Button>
      </DialogActions>
    </Dialog>
  );
}

createRoot(document.getElementById('root')).render(<App />);
