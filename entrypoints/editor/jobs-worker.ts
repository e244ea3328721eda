// Runs whole-draft jobs off the page's thread; it opens the drafts database itself (same extension origin).
import { openRosterDb } from '@/lib/drafts/db';
import { sayJobWords } from '@/lib/drafts/job-wording';
import { jobRequestSchema, runJob } from '@/lib/drafts/jobs';

self.onmessage = async (event: MessageEvent<unknown>) => {
  const request = jobRequestSchema.safeParse(event.data);
  if (!request.success) {
    const { text, said } = sayJobWords('unknownJob');
    return self.postMessage({ ok: false, error: text, said });
  }
  const db = await openRosterDb();
  try {
    // Progress goes as { progress }, the answer as { ok, ... }; the page's job client tells them apart.
    self.postMessage(await runJob(db, request.data, (percent) => self.postMessage({ progress: percent })));
  } finally {
    db.close();
  }
};
