// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { collapseWhitespace, isHidden, mailtoAddress, readCellText } from './read-cell';
import { setMarkup } from '../../../test/markup';

function cell(html: string): HTMLTableCellElement {
  setMarkup(document.body, `<table><tbody><tr><td id="c">${html}</td></tr></tbody></table>`);
  return document.getElementById('c') as HTMLTableCellElement;
}

afterEach(() => {
  setMarkup(document.body, '');
});

describe('collapseWhitespace', () => {
  it('folds runs of spaces, tabs, newlines and no-break spaces into one space and trims', () => {
    expect(collapseWhitespace('  Jane \n\t  Doe\u00a0\u00a0Jr. ')).toBe('Jane Doe Jr.');
  });

  it('leaves single-spaced text alone', () => {
    expect(collapseWhitespace('Engineer II')).toBe('Engineer II');
  });
});

describe('isHidden', () => {
  it('is true for display:none, visibility:hidden, the hidden attribute and aria-hidden', () => {
    setMarkup(document.body, `
      <div id="a" style="display:none">a</div>
      <div id="b" style="visibility:hidden">b</div>
      <div id="c" hidden>c</div>
      <div id="d" aria-hidden="true">d</div>
      <div id="e">e</div>`);
    for (const id of ['a', 'b', 'c', 'd']) expect(isHidden(document.getElementById(id)!)).toBe(true);
    expect(isHidden(document.getElementById('e')!)).toBe(false);
  });

  it('is true inside a hidden ancestor', () => {
    setMarkup(document.body, `<section style="display:none"><p><span id="x">x</span></p></section>`);
    expect(isHidden(document.getElementById('x')!)).toBe(true);
  });
});

describe('mailtoAddress', () => {
  it('reads the address of a mailto link, without its query and decoded', () => {
    expect(mailtoAddress(cell('<a href="mailto:jane.doe%2Bhr@example.com?subject=Hi"><i></i></a>'))).toBe(
      'jane.doe+hr@example.com',
    );
  });

  it('accepts MAILTO: in capitals', () => {
    expect(mailtoAddress(cell('<a href="MAILTO:pat@example.com"></a>'))).toBe('pat@example.com');
  });

  it('is undefined without a mailto link or with an empty one', () => {
    expect(mailtoAddress(cell('<a href="https://example.com">site</a>'))).toBeUndefined();
    expect(mailtoAddress(cell('<a href="mailto:"></a>'))).toBeUndefined();
  });
});

describe('readCellText', () => {
  it('collapses the whitespace of the visible text', () => {
    expect(readCellText(cell('\n   Jane\n   <b>Doe</b>\u00a0 '))).toBe('Jane Doe');
  });

  it('gives the address of a mailto link that shows only an icon', () => {
    const c = cell('<a href="mailto:jane.doe@example.com" aria-label="Send email"><i class="icon-mail"></i><svg></svg></a>');
    expect(readCellText(c)).toBe('jane.doe@example.com');
  });

  it('reads what a web component draws in its shadow root, with the light children its slot places', () => {
    const c = cell('<person-name><b>(Owner)</b></person-name>');
    const host = c.querySelector('person-name')!;
    setMarkup(host.attachShadow({ mode: 'open' }), '<span>Jane Doe</span> <slot></slot>');
    expect(readCellText(c)).toBe('Jane Doe (Owner)');
  });

  it('leaves out avatar initials taken from any two of the name\'s words', () => {
    expect(readCellText(cell('<div style="display:flex"><span>SV</span><span>Sam van der Berg</span></div>'))).toBe('Sam van der Berg');
  });

  it('gives the address of a mailto link that shows only a glyph', () => {
    expect(readCellText(cell('<a href="mailto:jane.doe@example.com" title="jane.doe@example.com">✉</a>'))).toBe('jane.doe@example.com');
    expect(readCellText(cell('<span>→</span>'))).toBe('→');
  });

  it('keeps visible text over the mailto address when the link shows text', () => {
    expect(readCellText(cell('<a href="mailto:jane.doe@example.com">Jane Doe</a>'))).toBe('Jane Doe');
  });

  it('takes the full value from the title of a truncated cell', () => {
    expect(readCellText(cell('<span title="Jonathan Smithson">Jonathan Sm…</span>'))).toBe('Jonathan Smithson');
  });

  it('takes the full value from the title on the cell itself, with three dots', () => {
    setMarkup(document.body, `<table><tr><td id="c" title="Senior   Account Executive">Senior Account...</td></tr></table>`);
    expect(readCellText(document.getElementById('c')!)).toBe('Senior Account Executive');
  });

  it('ignores a title that is not the full form of the shown text', () => {
    expect(readCellText(cell('<span title="Click to edit">Jane Doe</span>'))).toBe('Jane Doe');
    expect(readCellText(cell('<span title="Jane">Jane</span>'))).toBe('Jane');
  });

  it('falls back to aria-label for an empty cell', () => {
    setMarkup(document.body, `<table><tr><td id="c" aria-label="Engineer II"></td></tr></table>`);
    expect(readCellText(document.getElementById('c')!)).toBe('Engineer II');
  });

  it('is empty for an empty cell', () => {
    expect(readCellText(cell('  \n '))).toBe('');
  });

  it('keeps parts stacked one under the other (name over email) as separate lines', () => {
    expect(readCellText(cell('<div>Jane Doe</div><div><a href="mailto:jane@example.com">jane@example.com</a></div>'))).toBe(
      'Jane Doe\njane@example.com',
    );
    expect(readCellText(cell('Jane Doe<br>Engineer II'))).toBe('Jane Doe\nEngineer II');
  });

  it('stacks the items of a flex column but not those of a flex row', () => {
    setMarkup(document.body, `
      <style>.col { display: flex; flex-direction: column } .row { display: flex }</style>
      <table><tr>
        <td id="a"><div class="col"><span>Jane Doe</span><small>Engineer II</small></div></td>
        <td id="b"><div class="row"><span>Jane</span><span>Doe</span></div></td>
      </tr></table>`);
    expect(readCellText(document.getElementById('a')!)).toBe('Jane Doe\nEngineer II');
    expect(readCellText(document.getElementById('b')!)).toBe('Jane Doe');
  });

  it('keeps inline parts on one line', () => {
    expect(readCellText(cell('<span>Jane</span> <b>Doe</b>, <i>Jr.</i>'))).toBe('Jane Doe, Jr.');
  });

  it('skips what a person cannot see: hidden parts, avatar initials, screen-reader-only text', () => {
    setMarkup(document.body, `
      <style>.sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0px, 0px, 0px, 0px) } .gone { display: none }</style>
      <table><tr><td id="c">
        <span class="avatar" aria-hidden="true">JD</span>
        <span class="sr-only">Employee:</span>
        <span class="gone">internal-id-991</span>
        <span hidden>template</span>
        <span style="opacity: 0">Edit</span>
        Jane Doe
      </td></tr></table>`);
    expect(readCellText(document.getElementById('c')!)).toBe('Jane Doe');
  });

  it('never reads script or style text, and reads markup-looking text as text', () => {
    expect(readCellText(cell('<script>window.x = 1</script><style>td{}</style>Jane'))).toBe('Jane');
    const c = cell('');
    c.textContent = '<img src=x onerror="alert(1)">';
    expect(readCellText(c)).toBe('<img src=x onerror="alert(1)">');
  });

  it('takes truncated parts of a stacked cell whole, each from its own title', () => {
    expect(
      readCellText(cell('<div title="Jonathan Smithson">Jonathan Sm…</div><div title="jonathan.smithson@example.com">jonathan.smith…</div>')),
    ).toBe('Jonathan Smithson\njonathan.smithson@example.com');
  });

  it('reads a select by its chosen option and ignores checkboxes and editable inputs', () => {
    expect(readCellText(cell('<input type="checkbox" aria-label="Select row"> Jane'))).toBe('Jane');
    expect(readCellText(cell('<select><option>Sales</option><option selected>Legal</option></select>'))).toBe('Legal');
    expect(readCellText(cell('<input type="text" value="draft">'))).toBe('');
    expect(readCellText(cell('<input type="text" readonly value="Engineer II">'))).toBe('Engineer II');
  });

  it('falls back to a tooltip on an icon-only status', () => {
    expect(readCellText(cell('<span class="dot" title="Active"></span>'))).toBe('Active');
  });
});

describe('readCellText on stacked cells', () => {
  const STYLE = `<style>
    .who { display: flex; gap: 12px } .line { display: flex; gap: 8px }
    .badge { display: inline-flex; padding: 1px 8px; border-radius: 9999px; background: #eef2ff }
    .ring { display: inline-block; padding: 0 6px; box-shadow: inset 0 0 0 1px #ccc }
    mark { background: yellow }
  </style>`;
  const stacked = (html: string) => {
    setMarkup(document.body, `${STYLE}<table><tr><td id="c">${html}</td></tr></table>`);
    return readCellText(document.getElementById('c')!);
  };

  it('leaves out the avatar initials and the badge beside the name, keeping name and email apart', () => {
    for (const badge of ['Super Admin', 'Owner', 'You', 'Admin', 'Pending']) {
      expect(
        stacked(`<div class="who"><div>JD</div><div><div class="line"><span>Jane Doe</span><span class="badge">${badge}</span></div><div>jane@example.com</div></div></div>`),
      ).toBe('Jane Doe\njane@example.com');
    }
  });

  it('knows a badge by its ring too, and initials from the first and last names', () => {
    expect(stacked(`<div class="who"><span>MLK</span><div><div>Martin Luther King <span class="ring">Owner</span></div><div>mlk@example.com</div></div></div>`)).toBe(
      'Martin Luther King\nmlk@example.com',
    );
  });

  it('keeps a pill that is the whole value, alone on its line, or a bracketed status', () => {
    expect(stacked('<span class="badge">Admin</span>')).toBe('Admin');
    expect(stacked('<div>Jane Doe</div><div><span class="badge">Active</span></div>')).toBe('Jane Doe\nActive');
    expect(stacked('<div>Jane Doe <span class="badge">(Terminated)</span></div><div>jane@example.com</div>')).toBe(
      'Jane Doe (Terminated)\njane@example.com',
    );
  });

  it('keeps highlighted words and a status suffix whole', () => {
    expect(stacked('<div>Jane <mark>Doe</mark></div><div>jane@example.com</div>')).toBe('Jane Doe\njane@example.com');
    expect(stacked('<div><span>Jane Doe</span> <span>(Terminated)</span></div><div>jane@example.com</div>')).toBe(
      'Jane Doe (Terminated)\njane@example.com',
    );
    expect(stacked('Jane Doe (Terminated)')).toBe('Jane Doe (Terminated)');
  });

  it('knows initials taken from the first words or the capitals of a name with particles', () => {
    for (const letters of ['DV', 'DB', 'DVD']) {
      expect(stacked(`<div class="who"><span>${letters}</span><div><div>Daniel van der Berg</div><div>daniel@example.com</div></div></div>`)).toBe(
        'Daniel van der Berg\ndaniel@example.com',
      );
    }
  });

  it('keeps letters that are not the initials of anything beside them', () => {
    expect(stacked('<div class="line"><span>HR</span><span>Berlin</span></div>')).toBe('HR Berlin');
  });

  it('reads an email that is only a mailto link beside the name', () => {
    expect(stacked('<div>Jane Doe</div><a href="mailto:jane@example.com" aria-label="Email Jane"><svg></svg></a>')).toBe(
      'Jane Doe\njane@example.com',
    );
  });

  it('takes a truncated value whole from its aria-label or aria-description', () => {
    expect(stacked('<span aria-label="Director, Global Partner Enablement">Director, Glob…</span>')).toBe('Director, Global Partner Enablement');
    expect(stacked('<div aria-description="jonathan.smithson@example.com">jonathan.smith…</div>')).toBe('jonathan.smithson@example.com');
  });
});

describe('isHidden across shadow roots', () => {
  it('sees a hidden host above a shadow root', () => {
    setMarkup(document.body, '<div id="host" style="display:none"></div>');
    const shadow = document.getElementById('host')!.attachShadow({ mode: 'open' });
    setMarkup(shadow, '<p id="inner">x</p>');
    expect(isHidden(shadow.getElementById('inner')!)).toBe(true);
  });
});
