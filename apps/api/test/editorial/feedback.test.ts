import { describe, expect, it } from 'vitest';
import type { FeedbackList } from '@reperes/shared';
import { FeedbackModel } from '../../src/modules/feedback/feedback.model.js';
import { anonymousClient } from '../support/auth.js';
import { createPublishedFiche } from '../support/fixtures.js';
import { signedIn, useEditorialApp } from './harness.js';

const app = useEditorialApp();
const FEEDBACK = '/api/v1/feedback';

const report = (over: Record<string, unknown> = {}) => ({
  kind: 'problem',
  slug: 'carte-vitale',
  itemId: 'how-1',
  lang: 'ar',
  comment: 'Le lien vers ameli ne marche pas',
  clientId: crypto.randomUUID(),
  ...over,
});

describe('reader feedback', () => {
  it('stores a report once per clientId: a retried report answers 200 with the same id', async () => {
    const ficheId = await createPublishedFiche('carte-vitale');
    const reader = anonymousClient(app());
    const body = report();
    const first = await reader.post(FEEDBACK, body);
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ duplicate: false });
    const again = await reader.post(FEEDBACK, body);
    expect(again.status).toBe(200);
    expect(again.body).toEqual({ id: first.body.id, duplicate: true });
    // Even when the retries race each other.
    const racing = report();
    const answers = await Promise.all(Array.from({ length: 10 }, () => reader.post(FEEDBACK, racing)));
    expect(answers.filter((a) => a.status === 201)).toHaveLength(1);
    expect(new Set(answers.map((a) => a.body.id)).size).toBe(1);

    expect(await FeedbackModel.countDocuments()).toBe(2);
    const stored = await FeedbackModel.findById(first.body.id).lean();
    expect(String(stored?.ficheId)).toBe(String(ficheId));
    expect(stored).not.toHaveProperty('ip');
  });

  it('masks e-mail addresses and phone numbers typed in a comment', async () => {
    const reader = anonymousClient(app());
    const res = await reader.post(
      FEEDBACK,
      report({ comment: 'Appelez-moi au 06 12 34 56 78 ou amina@example.org' }),
    );
    const stored = await FeedbackModel.findById(res.body.id).lean();
    expect(stored?.comment).toBe('Appelez-moi au [téléphone] ou [email]');
  });

  it('accepts a search that found nothing, with its query, and refuses a query on other kinds', async () => {
    const reader = anonymousClient(app());
    const miss = await reader.post(FEEDBACK, {
      kind: 'search_miss',
      lang: 'ti',
      query: 'ሕክምና',
      clientId: crypto.randomUUID(),
    });
    expect(miss.status).toBe(201);
    expect(
      (await reader.post(FEEDBACK, { kind: 'search_miss', lang: 'fr', clientId: crypto.randomUUID() }))
        .status,
    ).toBe(400);
    expect((await reader.post(FEEDBACK, report({ query: 'x' }))).status).toBe(400);
    expect((await reader.post(FEEDBACK, report({ slug: undefined }))).status).toBe(400);
  });

  it('refuses a comment over 1000 characters, a query over 200 and a clientId that is not a UUID', async () => {
    const reader = anonymousClient(app());
    const long = await reader.post(FEEDBACK, report({ comment: 'a'.repeat(1001) }));
    expect(long.status).toBe(400);
    expect(long.body.error.details.issues[0].path).toBe('comment');
    expect((await reader.post(FEEDBACK, report({ comment: 'a'.repeat(1000) }))).status).toBe(201);
    expect(
      (
        await reader.post(FEEDBACK, {
          kind: 'search_miss',
          lang: 'fr',
          query: 'q'.repeat(201),
          clientId: crypto.randomUUID(),
        })
      ).status,
    ).toBe(400);
    expect((await reader.post(FEEDBACK, report({ clientId: 'device-1' }))).status).toBe(400);
    expect((await reader.post(FEEDBACK, report({ comment: 'x'.repeat(300_000) }))).status).toBe(413);
  });

  it('limits reports per IP (counters in MongoDB) with 429 and Retry-After, but still acknowledges a retried report', async () => {
    const reader = anonymousClient(app());
    const kept = report();
    expect((await reader.post(FEEDBACK, kept)).status).toBe(201);
    for (let i = 1; i < 30; i++) expect((await reader.post(FEEDBACK, report())).status).toBe(201);
    const limited = await reader.post(FEEDBACK, report());
    expect(limited.status).toBe(429);
    expect(limited.body.error.code).toBe('RATE_LIMITED');
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await reader.post(FEEDBACK, kept)).status).toBe(200);
    expect(await FeedbackModel.countDocuments()).toBe(30);
  });

  it('gives editors an inbox they can filter and mark done, and nobody else', async () => {
    await createPublishedFiche('carte-vitale');
    const reader = anonymousClient(app());
    const problem = await reader.post(FEEDBACK, report());
    await reader.post(FEEDBACK, report({ kind: 'useful', comment: undefined, itemId: undefined }));
    const editor = await signedIn(app(), ['editor'], [], 'Éditrice');
    const contributor = await signedIn(app(), ['contributor']);

    const inbox = await editor.client.get<FeedbackList>('/api/v1/admin/feedback?kind=problem&status=open');
    expect(inbox.status).toBe(200);
    expect(inbox.body.items).toMatchObject([
      {
        id: problem.body.id,
        kind: 'problem',
        ficheTitle: 'Demander la carte Vitale',
        lang: 'ar',
        status: 'open',
      },
    ]);
    const done = await editor.client.patch(`/api/v1/admin/feedback/${problem.body.id}`, { status: 'done' });
    expect(done.body).toMatchObject({ status: 'done', handledBy: { name: 'Éditrice' } });
    expect((await editor.client.get<FeedbackList>('/api/v1/admin/feedback?status=open')).body.total).toBe(1);
    expect(
      (await editor.client.patch(`/api/v1/admin/feedback/${'0'.repeat(24)}`, { status: 'done' })).status,
    ).toBe(404);

    expect((await contributor.client.get('/api/v1/admin/feedback')).status).toBe(403);
    expect((await reader.get('/api/v1/admin/feedback')).status).toBe(401);
  });
});
