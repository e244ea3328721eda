// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { collapseWhitespace, isHidden, mailtoAddress, readCellText } from './read-cell';

function cell(html: string): HTMLTableCellElement {
  document.body.innerHTML = `<table><tbody><tr><td id="c">${html}</td></tr></tbody></table>`;
  return document.getElementById('c') as HTMLTableCellElement;
}

afterEach(() => {
  document.body.innerHTML = '';
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
    document.body.innerHTML = `
      <div id="a" style="display:none">a</div>
      <div id="b" style="visibility:hidden">b</div>
      <div id="c" hidden>c</div>
      <div id="d" aria-hidden="true">d</div>
      <div id="e">e</div>`;
    for (const id of ['a', 'b', 'c', 'd']) expect(isHidden(document.getElementById(id)!)).toBe(true);
    expect(isHidden(document.getElementById('e')!)).toBe(false);
  });

  it('is true inside a hidden ancestor', () => {
    document.body.innerHTML = `<section style="display:none"><p><span id="x">x</span></p></section>`;
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

  it('keeps visible text over the mailto address when the link shows text', () => {
    expect(readCellText(cell('<a href="mailto:jane.doe@example.com">Jane Doe</a>'))).toBe('Jane Doe');
  });

  it('takes the full value from the title of a truncated cell', () => {
    expect(readCellText(cell('<span title="Jonathan Smithson">Jonathan Sm…</span>'))).toBe('Jonathan Smithson');
  });

  it('takes the full value from the title on the cell itself, with three dots', () => {
    document.body.innerHTML = `<table><tr><td id="c" title="Senior   Account Executive">Senior Account...</td></tr></table>`;
    expect(readCellText(document.getElementById('c')!)).toBe('Senior Account Executive');
  });

  it('ignores a title that is not the full form of the shown text', () => {
    expect(readCellText(cell('<span title="Click to edit">Jane Doe</span>'))).toBe('Jane Doe');
    expect(readCellText(cell('<span title="Jane">Jane</span>'))).toBe('Jane');
  });

  it('falls back to aria-label for an empty cell', () => {
    document.body.innerHTML = `<table><tr><td id="c" aria-label="Engineer II"></td></tr></table>`;
    expect(readCellText(document.getElementById('c')!)).toBe('Engineer II');
  });

  it('is empty for an empty cell', () => {
    expect(readCellText(cell('  \n '))).toBe('');
  });
});
