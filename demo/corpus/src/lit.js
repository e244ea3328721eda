// Lit web components: a people table inside a shadow root whose name cells are components with shadow roots
// of their own. Paged 10 at a time behind icon-only buttons known only by their aria-label, with a
// rows-per-page selector; a page comes after a delay under a loading overlay, and the body is swapped whole.
import { LitElement, css, html } from 'lit';
import { corpusPeople, initials, later } from './shared';

const people = corpusPeople({ fallback: 73, seed: 109, domain: 'lit-crm.example' });

class PersonName extends LitElement {
  static properties = { person: { attribute: false } };
  static styles = css`
    :host { display: flex; align-items: center; gap: 10px; }
    .avatar { width: 28px; height: 28px; border-radius: 50%; background: #ede9fe; color: #5b21b6; display: grid; place-items: center; font-size: 11px; font-weight: 700; }
    .name { font-weight: 600; }
  `;
  render() {
    return html`<span class="avatar" aria-hidden="true">${initials(this.person)}</span><span class="name">${this.person.name}</span>`;
  }
}
customElements.define('person-name', PersonName);

class PeopleTable extends LitElement {
  static properties = { page: { state: true }, size: { state: true }, shown: { state: true }, loading: { state: true } };
  static styles = css`
    :host { display: block; position: relative; }
    table { border-collapse: collapse; width: 100%; background: #fff; }
    th, td { text-align: left; padding: 8px 12px; border-bottom: 1px solid #e5e7eb; }
    .overlay { position: absolute; inset: 0; background: rgb(255 255 255 / 70%); display: grid; place-items: center; }
    .pager { display: flex; gap: 8px; align-items: center; justify-content: flex-end; padding: 10px 0; }
    button { border: 1px solid #d1d5db; background: #fff; border-radius: 6px; width: 32px; height: 32px; }
  `;
  constructor() {
    super();
    this.page = 0;
    this.size = 10;
    this.shown = people.slice(0, 10);
    this.loading = false;
  }
  go(page, size = this.size) {
    this.loading = true;
    later(350, () => {
      this.page = page;
      this.size = size;
      this.shown = people.slice(page * size, page * size + size);
      this.loading = false;
    });
  }
  render() {
    const pages = Math.ceil(people.length / this.size);
    const from = this.page * this.size;
    return html`
      <table>
        <thead><tr><th>Name</th><th>Email</th><th>Job title</th><th>Status</th></tr></thead>
        ${[this.page].map(() => html`<tbody>${this.shown.map((p) => html`<tr><td><person-name .person=${p}></person-name></td><td>${p.email}</td><td>${p.title}</td><td>${p.status}</td></tr>`)}</tbody>`)}
      </table>
      ${this.loading ? html`<div class="overlay" role="progressbar" aria-label="Loading">⟳</div>` : ''}
      <div class="pager">
        <label>Rows per page <select @change=${(e) => this.go(0, Number(e.target.value))}>${[10, 25, 50].map((n) => html`<option value=${n} ?selected=${n === this.size}>${n}</option>`)}</select></label>
        <span>${from + 1}–${Math.min(from + this.size, people.length)} of ${people.length}</span>
        <button aria-label="Previous page" ?disabled=${this.page === 0 || this.loading} @click=${() => this.go(this.page - 1)}>‹</button>
        <button aria-label="Next page" ?disabled=${this.page >= pages - 1 || this.loading} @click=${() => this.go(this.page + 1)}><svg width="12" height="12" viewBox="0 0 12 12" aria-hidden="true"><path d="M4 2l4 4-4 4" stroke="currentColor" fill="none"/></svg></button>
      </div>`;
  }
}
customElements.define('people-table', PeopleTable);
