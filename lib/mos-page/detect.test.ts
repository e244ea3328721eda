// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { isMyOrganizationScreen, waitForMyOrganizationScreen } from './detect';
import { MUI_SCREEN, SEMANTIC_SCREEN } from './screen-fixtures';
import { setMarkup } from '../../test/markup';

afterEach(() => {
  setMarkup(document.body, '');
});

describe('isMyOrganizationScreen', () => {
  it('recognises the semantic screen', () => {
    setMarkup(document.body, SEMANTIC_SCREEN);
    expect(isMyOrganizationScreen(document)).toBe(true);
  });

  it('recognises the React/MUI screen', () => {
    setMarkup(document.body, MUI_SCREEN);
    expect(isMyOrganizationScreen(document)).toBe(true);
  });

  it('accepts the British spelling and "Invite Members"', () => {
    setMarkup(document.body, `<h2>My Organisation</h2><button>Invite Members</button><button>Import CSV</button>`);
    expect(isMyOrganizationScreen(document)).toBe(true);
  });

  it('accepts the current navigation item as the title', () => {
    setMarkup(document.body, `<nav><a href="/org" aria-current="page">My Organization</a></nav>
      <button>+ Invite</button><button>Import CSV</button>`);
    expect(isMyOrganizationScreen(document)).toBe(true);
  });

  it('is false when the "+ Invite" button is missing', () => {
    setMarkup(document.body, SEMANTIC_SCREEN.replace('<button type="button">+ Invite</button>', ''));
    expect(isMyOrganizationScreen(document)).toBe(false);
  });

  it('is false when the "Import CSV" button is missing', () => {
    setMarkup(document.body, MUI_SCREEN.replace('aria-label="Import CSV"', 'aria-label="Export"'));
    expect(isMyOrganizationScreen(document)).toBe(false);
  });

  it('is false when a button is there but hidden', () => {
    setMarkup(document.body, SEMANTIC_SCREEN.replace(
      '<button type="button">Import CSV</button>',
      '<button type="button" hidden>Import CSV</button>',
    ));
    expect(isMyOrganizationScreen(document)).toBe(false);
  });

  it('is false when the heading says "Dashboard"', () => {
    setMarkup(document.body, `<h1>Dashboard</h1><button>+ Invite</button><button>Import CSV</button>`);
    expect(isMyOrganizationScreen(document)).toBe(false);
    setMarkup(document.body, MUI_SCREEN.replace(
      '<div role="heading" aria-level="1" class="MuiTypography-root css-9a8b7c">My Organization</div>',
      '<div role="heading" aria-level="1">Dashboard</div>',
    ));
    expect(isMyOrganizationScreen(document)).toBe(false);
  });

  it('does not take a heading that only mentions the organization', () => {
    setMarkup(document.body, `<h1>Invite people to My Organization</h1><button>+ Invite</button><button>Import CSV</button>`);
    expect(isMyOrganizationScreen(document)).toBe(false);
  });
});

describe('waitForMyOrganizationScreen', () => {
  it('waits for a single-page app to render the screen, and gives up after a while', async () => {
    setMarkup(document.body, '<div id="app"></div>');
    setTimeout(() => {
      document.getElementById('app')!.replaceChildren(
        Object.assign(document.createElement('h1'), { textContent: 'My Organization' }),
        Object.assign(document.createElement('button'), { textContent: '+ Invite' }),
        Object.assign(document.createElement('button'), { textContent: 'Import CSV' }),
      );
    }, 20);
    expect(await waitForMyOrganizationScreen(document, 1000)).toBe(true);
    setMarkup(document.body, '<h1>Dashboard</h1>');
    expect(await waitForMyOrganizationScreen(document, 50)).toBe(false);
  });
});
