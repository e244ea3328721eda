/** What the file pickers offer: delimited text and workbooks, by extension and by type. */
export const ACCEPTED_FILES = '.csv,.tsv,.txt,.tab,.xlsx,.xlsm,.xls,.ods,.htm,.html,.xml,text/csv,text/plain';

/** `editor.html?pick=1`: the toolbar popup sent the admin to choose a file, so the editor opens its picker. */
export const PICK_PARAM = 'pick';
