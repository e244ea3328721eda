// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { loadFixture } from './fixtures/load';
import { findRepeatedLists, isControlColumn, listSource } from './repeated';
import { setMarkup } from '../../../test/markup';

afterEach(() => {
  setMarkup(document.body, '');
});

describe('findRepeatedLists', () => {
  it('reads cards: name from the heading, the line under it as job title, emails and phones from icon links', () => {
    loadFixture('cards');
    const [cards, ...others] = findRepeatedLists(document);
    expect(others).toEqual([]);
    expect(cards!.headers).toEqual(['Name', 'Job title', 'Column 3', 'Email', 'Phone', 'Column 6']);
    expect(cards!.rows).toHaveLength(6);
    for (const row of cards!.rows) {
      expect(row[3]).toMatch(/^[a-z.-]+\d*@wayne-enterprises\.example$/);
      expect(row[4]).toMatch(/^\+1555\d{7}$/);
      expect(row[5]).toBe('View profile');
    }
    // Avatar initials and the screen-reader-only "Team member:" are not read.
    expect(cards!.rows.flat().some((v) => v === 'Team member:' || /^[A-Z]{2}$/.test(v))).toBe(false);
  });

  it('reads a div grid with its header row outside the rows container, lining names up by cell (Workday)', () => {
    loadFixture('workday');
    const [grid] = findRepeatedLists(document);
    expect(grid!.headers).toEqual(['Worker', 'Worker 2', 'Business Title', 'Supervisory Organization', 'Location', 'Work Email', 'Hire Date']);
    expect(grid!.rows).toHaveLength(25);
    expect(grid!.rows[0]![1]).toMatch(/^E\d{5}$/);
    expect(grid!.statedTotal).toBeUndefined();
  });

  it('reads a div grid past its hidden column, and nothing from the menus, chooser and tooltip floating in portals (saved page)', () => {
    loadFixture('menu-grid');
    const lists = findRepeatedLists(document);
    expect(lists).toHaveLength(1);
    expect(lists[0]!.headers).toEqual(['Name', 'Position', 'Department', 'Email', 'Location']);
    expect(lists[0]!.rows).toHaveLength(8);
    // Job titles cut short on screen come whole from their title.
    expect(lists[0]!.rows.every((r) => r[1] !== '' && !r[1]!.endsWith('…'))).toBe(true);
  });

  it('names a div grid column by the header cell above it, not only by the label drawn narrow at its left', () => {
    setMarkup(document.body, `
      <div id="grid">
        <div class="head"><div><span>Name</span><button>⋮</button></div><div><span>Position</span><button>⋮</button></div></div>
        <div id="rows">
          <div><div>Jane Doe</div><div>Account Executive</div></div>
          <div><div>John Roe</div><div>Sales Manager</div></div>
          <div><div>Ana Lima</div><div>Engineer II</div></div>
        </div>
      </div>`);
    const box = (el: Element, left: number, width: number) => (el.getBoundingClientRect = () => new DOMRect(left, 0, width, 40));
    const head = document.querySelector('.head')!;
    [0, 1].forEach((i) => {
      box(head.children[i]!, i * 200, 200);
      box(head.children[i]!.firstElementChild!, i * 200, 60);
    });
    for (const row of Array.from(document.getElementById('rows')!.children)) [0, 1].forEach((i) => box(row.children[i]!, i * 200, 200));
    const [grid] = findRepeatedLists(document);
    expect(grid!.headers).toEqual(['Name', 'Position']);
  });

  it('reads cards grouped under department headings as one list, without placeholders, initials or "Reports to" words (saved page)', () => {
    loadFixture('org-cards');
    const lists = findRepeatedLists(document);
    expect(lists).toHaveLength(1);
    const [cards] = lists;
    const named = cards!.headers.filter((_, col) => cards!.rows.some((r) => r[col] !== ''));
    expect(named).toEqual(['Name', 'Job title', 'Reports to', 'Email', 'Group']);
    expect(cards!.rows).toHaveLength(12);
    const col = (name: string) => cards!.rows.map((r) => r[cards!.headers.indexOf(name)]!);
    expect(col('Email').every((e) => /@umbrella\.example$/.test(e))).toBe(true);
    expect(col('Job title').every((t) => t !== '' && !t.includes('@'))).toBe(true);
    // Each group's lead reports to nobody on the page; the others to a name, without the words before it.
    expect(col('Reports to').filter((v) => v !== '').every((v) => /^\p{Lu}\S* \S+/u.test(v) && !v.startsWith('Reports'))).toBe(true);
    expect(col('Name').join('|')).not.toMatch(/Open position|Vacancy|TBH/);
    // The department heading each card sits under.
    expect([...new Set(col('Group'))]).toEqual(['Engineering', 'Sales', 'People', 'Finance', 'Marketing']);
  });

  describe('the line under the name is the job title on every card, unlabelled', () => {
    const people = [
      ['Jane Doe', 'Account Executive', 'jane@example.com'],
      ['John Roe', 'Sales Manager', 'john@example.com'],
      ['Ana Lima', 'Sales Engineer', 'ana@example.com'],
      ['Sam Lee', 'Legal Assistant', 'sam@example.com'],
      ['Kofi Mensah', 'Finance Analyst', 'kofi@example.com'],
    ];
    const read = (card: (person: string[], i: number) => string) => {
      setMarkup(document.body, `<ul>${people.map(card).join('')}</ul>`);
      const [list] = findRepeatedLists(document);
      const col = (name: string) => list!.rows.map((r) => r[list!.headers.indexOf(name)] ?? '');
      return { name: col('Name'), title: col('Job title'), email: col('Email') };
    };

    it('when one card has no title line, its address stays an address and the others keep their titles', () => {
      const got = read(([n, t, e], i) => `<li><h3>${n}</h3>${i === 2 ? '' : `<p>${t}</p>`}<p>${e}</p></li>`);
      expect(got.title).toEqual(['Account Executive', 'Sales Manager', '', 'Legal Assistant', 'Finance Analyst']);
      expect(got.email).toEqual(people.map((p) => p[2]));
    });

    it('when one card has no title but a department line, the department stays a department', () => {
      const dept = ['Sales', 'Sales', 'Sales', 'Legal', 'Finance'];
      setMarkup(document.body, `<ul>${people.map(([n, t, e], i) => `<li><h3>${n}</h3>${i === 2 ? '' : `<p>${t}</p>`}<p>${dept[i]}</p><p>${e}</p></li>`).join('')}</ul>`);
      const [list] = findRepeatedLists(document);
      const title = list!.headers.indexOf('Job title');
      expect(list!.rows.map((r) => r[title])).toEqual(['Account Executive', 'Sales Manager', '', 'Legal Assistant', 'Finance Analyst']);
      expect(list!.rows.map((r) => r[title + 1])).toEqual(dept);
    });

    it('when some cards draw the title line with another element', () => {
      const got = read(([n, t, e], i) => `<li><h3>${n}</h3>${i % 2 ? `<p>${t}</p>` : `<div>${t}</div>`}<p>${e}</p></li>`);
      expect(got.title).toEqual(people.map((p) => p[1]));
      expect(got.email).toEqual(people.map((p) => p[2]));
    });

    it.each([
      ['a badge on one card', (i: number) => (i === 1 ? '<span>Admin</span>' : '')],
      ['a status on some cards', (i: number) => (i % 3 === 0 ? '<span>Remote</span>' : '')],
    ])('past %s between the name and the title', (_, extra) => {
      const got = read(([n, t, e], i) => `<li><h3>${n}</h3>${extra(i)}<p>${t}</p><p>${e}</p></li>`);
      expect(got.name).toEqual(people.map((p) => p[0]));
      expect(got.title).toEqual(people.map((p) => p[1]));
    });
  });

  it('reads groups each with its heading, keeps a group of one or two, and gives each card its group', () => {
    const card = (name: string, title: string) =>
      `<div class="card"><div>${name.split(' ').map((w) => w[0]).join('')}</div><div><div>${name}</div><div>${title}</div><div><a href="mailto:${name.split(' ')[0]!.toLowerCase()}@example.com">${name.split(' ')[0]!.toLowerCase()}@example.com</a></div></div></div>`;
    setMarkup(document.body, `
      <div id="all">
        <div class="group"><h2>Sales</h2><div class="cards">${card('Jane Doe', 'Account Executive')}${card('John Roe', 'Sales Manager')}${card('Ana Lima', 'Sales Engineer')}</div></div>
        <div class="group"><h2>Legal</h2><div class="cards">${card('Sam Lee', 'Legal Assistant')}</div></div>
        <div class="group"><h2>Finance</h2><div class="cards">${card('Kofi Mensah', 'Finance Analyst')}${card('Open Position', 'Controller').replace(/<a[^>]*>[^<]*<\/a>/, '')}</div></div>
      </div>`);
    const [cards, ...others] = findRepeatedLists(document);
    expect(others).toEqual([]);
    expect(cards!.element.id).toBe('all');
    expect(cards!.headers).toEqual(['Name', 'Job title', 'Email', 'Group']);
    expect(cards!.rows.map((r) => r[0])).toEqual(['Jane Doe', 'John Roe', 'Ana Lima', 'Sam Lee', 'Kofi Mensah']);
    expect(cards!.rows.map((r) => r[3])).toEqual(['Sales', 'Sales', 'Sales', 'Legal', 'Finance']);
    expect(cards!.rows.map((r) => r[1])).toEqual(['Account Executive', 'Sales Manager', 'Sales Engineer', 'Legal Assistant', 'Finance Analyst']);
    // Read again from its element alone, as an export does.
    expect(listSource(cards!.element).read()!.rows).toHaveLength(5);
  });

  it('reads groups laid out flat, each heading just before its list', () => {
    const card = (name: string, title: string) => `<li><div>${name}</div><div>${title}</div><div>${name.split(' ')[0]!.toLowerCase()}@example.com</div></li>`;
    setMarkup(document.body, `
      <main id="all">
        <h2>Sales</h2><ul>${card('Jane Doe', 'Account Executive')}${card('John Roe', 'Sales Manager')}${card('Ana Lima', 'Sales Engineer')}</ul>
        <h2>Legal</h2><p>1 person</p><ul>${card('Sam Lee', 'Legal Assistant')}</ul>
      </main>`);
    const [cards, ...others] = findRepeatedLists(document);
    expect(others).toEqual([]);
    expect(cards!.headers).toEqual(['Name', 'Job title', 'Email', 'Group']);
    expect(cards!.rows.map((r) => `${r[0]} (${r[3]})`)).toEqual(['Jane Doe (Sales)', 'John Roe (Sales)', 'Ana Lima (Sales)', 'Sam Lee (Legal)']);
  });

  it('names a card without a heading by its values, and the line under the name as the job title (an infinite list of cards)', () => {
    const people = [
      ['Jane Doe', 'Account Executive'],
      ['John Roe', 'Sales Manager'],
      ['Ana Lima', 'Engineer II'],
      ['Sam Lee', 'Legal Assistant'],
    ];
    setMarkup(document.body, `<div id="feed">${people
      .map(([name, title], i) => `<div data-index="${i}"><div class="card"><div>${name}</div><div>${title}</div><div>${name!.split(' ')[0]!.toLowerCase()}@example.com</div></div></div>`)
      .join('')}</div>`);
    const [feed] = findRepeatedLists(document);
    expect(feed!.headers).toEqual(['Name', 'Job title', 'Email']);
    expect(feed!.rows.map((r) => r[1])).toEqual(people.map((p) => p[1]));
  });

  it('keeps a person with a status after the name or no address, and takes "Manager:" words as the column name', () => {
    const cards = [
      ['Jane Doe', 'jane@example.com', 'Manager: Ana Lima'],
      ['John Roe (Terminated)', '', 'Manager: Ana Lima'],
      ['Daniel van der Berg', '', 'Manager: Sam Lee'],
      ['Ana Lima', 'ana@example.com', 'Manager: Sam Lee'],
      ['Sam Lee', 'sam@example.com', 'Manager: Kofi Mensah'],
      ['Kofi Mensah', 'kofi@example.com', 'Manager: Jane Doe'],
      ['Vacancy', '', 'Manager: Jane Doe'],
    ];
    setMarkup(document.body, `<ul>${cards.map(([name, email, boss]) => `<li><h3>${name}</h3><p>${email}</p><p>${boss}</p></li>`).join('')}</ul>`);
    const [list] = findRepeatedLists(document);
    expect(list!.headers).toEqual(['Name', 'Email', 'Manager']);
    expect(list!.rows.map((r) => r[0])).toEqual(cards.slice(0, 6).map((c) => c[0]));
    expect(list!.rows.map((r) => r[2])).toEqual(['Ana Lima', 'Ana Lima', 'Sam Lee', 'Sam Lee', 'Kofi Mensah', 'Jane Doe']);
  });

  it('leaves a card line alone when its shared words are the whole value ("View profile")', () => {
    setMarkup(document.body, `<ul>${['Jane Doe', 'John Roe', 'Ana Lima']
      .map((name) => `<li><h3>${name}</h3><p>${name.split(' ')[0]!.toLowerCase()}@example.com</p><p>View profile</p></li>`)
      .join('')}</ul>`);
    const [list] = findRepeatedLists(document);
    expect(list!.rows.map((r) => r[2])).toEqual(['View profile', 'View profile', 'View profile']);
  });

  it('keys feed articles by aria-posinset and takes no total from aria-setsize -1', () => {
    loadFixture('infinite');
    const [feed] = findRepeatedLists(document);
    expect(feed!.element.getAttribute('role')).toBe('feed');
    expect(feed!.rowKeys).toEqual(['1', '2', '3', '4', '5']);
    expect(feed!.statedTotal).toBeUndefined();
    expect(feed!.headers).toEqual(['Name', 'Job title', 'Column 3', 'Email']);
  });

  it('names fields by their labels: <dt>, "Label:" text and microdata', () => {
    setMarkup(document.body, `
      <ul>
        ${['Jane Doe', 'John Smith', 'Ana Lima']
          .map(
            (name, i) => `<li>
              <span itemprop="name">${name}</span>
              <dl><dt>Email</dt><dd>p${i}@example.com</dd><dt>Team</dt><dd>Sales</dd></dl>
              <p><span>Phone:</span> <span>555-010${i}</span></p>
            </li>`,
          )
          .join('')}
      </ul>`);
    const [list] = findRepeatedLists(document);
    expect(list!.headers).toEqual(['Name', 'Email', 'Team', 'Phone']);
    expect(list!.rows[2]).toEqual(['Ana Lima', 'p2@example.com', 'Sales', '555-0102']);
  });

  it('takes a first child that labels the columns as the header, not as a person', () => {
    setMarkup(document.body, `
      <div>
        <div><span>Name</span><span>Email</span></div>
        <div><span>Jane Doe</span><span>jane@example.com</span></div>
        <div><span>John Smith</span><span>john@example.com</span></div>
        <div><span>Ana Lima</span><span>ana@example.com</span></div>
      </div>`);
    const [list] = findRepeatedLists(document);
    expect(list!.headers).toEqual(['Name', 'Email']);
    expect(list!.rows.map((r) => r[0])).toEqual(['Jane Doe', 'John Smith', 'Ana Lima']);
  });

  it('ignores navigation, menus and one-field lists, and does not list a card’s own parts separately', () => {
    setMarkup(document.body, `
      <nav><ul><li><a href="#">Home</a> <span>1</span></li><li><a href="#">People</a> <span>2</span></li><li><a href="#">Reports</a> <span>3</span></li></ul></nav>
      <ul><li>One</li><li>Two</li><li>Three</li></ul>
      <section>
        ${[1, 2, 3, 4]
          .map(
            (i) => `<article><h3>Person ${i}</h3><p>Title ${i}</p>
              <ul class="tags"><li><b>a${i}</b><i>x</i></li><li><b>b${i}</b><i>y</i></li><li><b>c${i}</b><i>z</i></li></ul></article>`,
          )
          .join('')}
      </section>`);
    const found = findRepeatedLists(document);
    expect(found).toHaveLength(1);
    expect(found[0]!.element.tagName).toBe('SECTION');
  });
});

describe('listSource', () => {
  it('keeps its columns in place as more items load, appending columns first seen later', () => {
    setMarkup(document.body, `<ul id="l">${['a', 'b', 'c']
      .map((x) => `<li><b>${x} name</b><a href="mailto:${x}@example.com">${x}@example.com</a></li>`)
      .join('')}</ul>`);
    const source = listSource(document.getElementById('l')!);
    const first = source.read()!;
    expect(first.headers).toEqual(['Column 1', 'Email']);
    const li = document.createElement('li');
    setMarkup(li, '<b>d name</b><a href="mailto:d@example.com">d@example.com</a><a href="tel:5550100">555 0100</a>');
    document.getElementById('l')!.append(li);
    const second = source.read()!;
    expect(second.headers.slice(0, 2)).toEqual(['Column 1', 'Email']);
    expect(second.rows[3]).toEqual(['d name', 'd@example.com', '555 0100']);
    expect(second.rows[0]).toEqual(['a name', 'a@example.com', '']);
  });
});

describe('isControlColumn', () => {
  it('is true for the same control word on every row', () => {
    expect(isControlColumn(['View profile', 'View profile', 'View profile'])).toBe(true);
    expect(isControlColumn(['Sales', 'Sales', 'Sales'])).toBe(false);
    expect(isControlColumn(['View profile', 'View'])).toBe(false);
  });
});
