// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { looksLikeMyOrganization } from './looks-like';
import { MUI_SCREEN, SEMANTIC_SCREEN } from './screen-fixtures';
import { setMarkup } from '../../test/markup';

afterEach(() => {
  setMarkup(document.body, '');
});

describe('looksLikeMyOrganization', () => {
  it('recognises both builds of the screen', async () => {
    setMarkup(document.body, SEMANTIC_SCREEN);
    expect(await looksLikeMyOrganization(document, 50)).toBe(true);
    setMarkup(document.body, MUI_SCREEN);
    expect(await looksLikeMyOrganization(document, 50)).toBe(true);
  });

  it('wants a member table with an email column, not only the title and buttons', async () => {
    setMarkup(document.body, `<h1>My Organization</h1><button>+ Invite</button><button>Import CSV</button>
      <table><thead><tr><th>Name</th><th>Team</th></tr></thead><tbody><tr><td>Jane</td><td>Sales</td></tr></tbody></table>`);
    expect(await looksLikeMyOrganization(document, 50)).toBe(false);
  });

  it('does not take an HR people list for it', async () => {
    setMarkup(document.body, `<h1>People</h1><button>Export</button>
      <table><thead><tr><th>Name</th><th>Email</th></tr></thead><tbody><tr><td>Jane</td><td>jane@acme.example</td></tr></tbody></table>`);
    expect(await looksLikeMyOrganization(document, 50)).toBe(false);
  });
});
