/**
 * Saved markup of the mOS "My Organization" screen, for tests only (product code never imports this).
 * Two builds of the same screen: plain semantic HTML, and the div soup a React/MUI app renders.
 */

export const SEMANTIC_SCREEN = `
  <nav aria-label="Main">
    <a href="/dashboard">Dashboard</a>
    <a href="/organization" aria-current="page">My Organization</a>
  </nav>
  <main>
    <h1>My Organization</h1>
    <p><span>Active 2</span> <span>Inactive 1</span></p>
    <div class="toolbar">
      <button type="button">+ Invite</button>
      <button type="button">Import CSV</button>
    </div>
    <table>
      <thead>
        <tr><th>Name</th><th>Email</th><th>Job Title</th><th>Status</th><th>Progress</th><th>Billing Status</th></tr>
      </thead>
      <tbody>
        <tr>
          <td>Jane Doe</td><td>Jane.Doe@Example.com</td><td>Engineer II</td><td>Active</td><td>45%</td>
          <td><select aria-label="Billing status for Jane Doe"><option selected>Active</option><option>Deactivate</option></select></td>
        </tr>
        <tr>
          <td>Pat Lee</td><td><a href="mailto:pat.lee@example.com">pat.lee@example.com</a></td><td>Account Executive</td>
          <td><span class="chip">Pending invitation</span></td><td>0 %</td>
          <td><select aria-label="Billing status for Pat Lee"><option>Active</option><option selected>Invited</option></select></td>
        </tr>
        <tr>
          <td>Old Hand</td><td>old.hand@example.com</td><td>CFO</td><td>Inactive</td><td>—</td>
          <td><select aria-label="Billing status for Old Hand"><option>Active</option><option selected>Deactivated</option></select></td>
        </tr>
      </tbody>
    </table>
  </main>`;

export const MUI_SCREEN = `
  <div role="navigation">
    <div role="link" tabindex="0">Dashboard</div>
    <div role="link" tabindex="0">My Organization</div>
  </div>
  <div class="css-1x2y3z">
    <div role="heading" aria-level="1" class="MuiTypography-root css-9a8b7c">My Organization</div>
    <div class="css-abc123">
      <div role="button" tabindex="0" class="MuiButton-root" aria-labelledby="invite-text">
        <svg aria-hidden="true"></svg><span id="invite-text">+ Invite</span>
      </div>
      <div role="button" tabindex="0" class="MuiButton-root" aria-label="Import CSV"><svg aria-hidden="true"></svg></div>
    </div>
    <div role="grid" aria-label="Members" class="MuiDataGrid-root">
      <div role="rowgroup">
        <div role="row">
          <div role="columnheader"><div class="css-h1">Name</div></div>
          <div role="columnheader"><div class="css-h1">Email</div></div>
          <div role="columnheader"><div class="css-h1">Job Title</div></div>
          <div role="columnheader"><div class="css-h1">Status</div></div>
          <div role="columnheader"><div class="css-h1">Progress</div></div>
          <div role="columnheader"><div class="css-h1">Billing Status</div></div>
        </div>
      </div>
      <div role="rowgroup">
        <div role="row">
          <div role="gridcell">Ana Ruiz</div>
          <div role="gridcell"><span title="ANA.RUIZ@example.com">ANA.RUIZ@example.com</span></div>
          <div role="gridcell">Engineer II</div>
          <div role="gridcell"><div class="MuiChip-root"><span>Active</span></div></div>
          <div role="gridcell"><div role="progressbar" aria-valuenow="12.5"></div><span>12.5%</span></div>
          <div role="gridcell">
            <div role="combobox" aria-haspopup="listbox" aria-expanded="false" tabindex="0">Active</div>
            <input aria-hidden="true" tabindex="-1" value="active" style="display:none">
            <svg aria-hidden="true"></svg>
          </div>
        </div>
        <div role="row">
          <div role="gridcell">Bo Chen</div>
          <div role="gridcell">bo.chen@example.com</div>
          <div role="gridcell">Legal Assistant</div>
          <div role="gridcell"><span>Pending invitation</span></div>
          <div role="gridcell"><span>0%</span></div>
          <div role="gridcell"><div role="combobox" aria-haspopup="listbox" tabindex="0">Pending</div></div>
        </div>
        <div role="row">
          <div role="gridcell">Cy Park</div>
          <div role="gridcell">cy.park@example.com</div>
          <div role="gridcell">SDR</div>
          <div role="gridcell"><span>Inactive</span></div>
          <div role="gridcell"><span>80%</span></div>
          <div role="gridcell"><div role="combobox" aria-haspopup="listbox" tabindex="0">Deactivated</div></div>
        </div>
      </div>
    </div>
  </div>`;
