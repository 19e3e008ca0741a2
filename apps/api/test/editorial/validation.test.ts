import { describe, expect, it } from 'vitest';
import { FeedbackModel } from '../../src/modules/feedback/feedback.model.js';
import { anonymousClient, type TestClient } from '../support/auth.js';
import { demarche } from '../support/fixtures.js';
import { FICHES, createDraft, signedIn, skeleton, useEditorialApp } from './harness.js';

const app = useEditorialApp();
const OP = { $gt: '' };

/** Copies of `body` with each top-level field (and a few nested content fields) replaced by an operator. */
function poisoned(body: Record<string, unknown>): [string, Record<string, unknown>][] {
  const out: [string, Record<string, unknown>][] = Object.keys(body).map((k) => [k, { ...body, [k]: OP }]);
  const content = body.content as Record<string, unknown> | undefined;
  if (content) {
    const sections = content.sections as Record<string, unknown>;
    for (const k of ['type', 'title', 'summary', 'mainTheme', 'eligibility', 'sections', 'needs'])
      out.push([`content.${k}`, { ...body, content: { ...content, [k]: OP } }]);
    out.push([
      'content.sections.what',
      { ...body, content: { ...content, sections: { ...sections, what: OP } } },
    ]);
    out.push([
      'content.sections.what.id',
      { ...body, content: { ...content, sections: { ...sections, what: { id: OP, title: '', body: '' } } } },
    ]);
    out.push(['content.$where', { ...body, content: { ...content, $where: 'sleep(1000)' } }]);
  }
  out.push(['$where', { ...body, $where: '1' }]);
  return out;
}

async function expect400(c: TestClient, method: string, path: string, body?: unknown) {
  const res = await c.request(method, path, body);
  expect(res.status, `${method} ${path} ${JSON.stringify(body)} → ${res.text}`).toBe(400);
  expect(res.body.error.code).toBe('VALIDATION_FAILED');
}

describe('operator injection and unknown input', () => {
  it('answers 400 to a MongoDB operator in any body field of every editorial route', async () => {
    const editor = await signedIn(app(), ['editor']);
    const fiche = await createDraft(editor.client);
    const url = `${FICHES}/${fiche.id}`;
    const bodies: [string, string, Record<string, unknown>][] = [
      ['POST', FICHES, { content: skeleton(), organisationId: '0'.repeat(24) }],
      ['PUT', url, { revision: 1, content: demarche() }],
      ['DELETE', url, { revision: 1, comment: 'x' }],
      ['POST', `${url}/submit`, { revision: 1, comment: 'x' }],
      ['POST', `${url}/publish`, { minor: true, revision: 1, comment: 'x' }],
      ['POST', `${url}/request-changes`, { revision: 1, comment: 'x' }],
      ['POST', `${url}/unpublish`, { revision: 1, comment: 'x' }],
      ['POST', `${url}/archive`, { revision: 1, comment: 'x' }],
      ['POST', `${url}/restore`, { revision: 1, comment: 'x' }],
      ['POST', `${url}/revisions/1/restore`, { revision: 1 }],
      ['POST', `${url}/presence`, {}],
      ['POST', '/api/v1/admin/dashboard/stale-reminders', {}],
      ['PATCH', `/api/v1/admin/feedback/${'0'.repeat(24)}`, { status: 'done' }],
    ];
    for (const [method, path, body] of bodies)
      for (const [, bad] of poisoned(body)) await expect400(editor.client, method, path, bad);
    // Nothing changed on the way.
    expect((await editor.client.get(url)).body.revision).toBe(1);
  });

  it('answers 400 to an operator or an unknown key in any query field or path parameter', async () => {
    const editor = await signedIn(app(), ['editor']);
    const fiche = await createDraft(editor.client);
    const url = `${FICHES}/${fiche.id}`;
    const queries: [string, string[]][] = [
      [FICHES, ['status', 'theme', 'type', 'organisationId', 'q', 'staleDays', 'page', 'pageSize']],
      [`${url}/diff`, ['from', 'to']],
      ['/api/v1/admin/feedback', ['kind', 'status', 'ficheId', 'page', 'pageSize']],
    ];
    for (const [path, fields] of queries) {
      for (const f of fields) {
        await expect400(editor.client, 'GET', `${path}?${f}[$gt]=`);
        await expect400(editor.client, 'GET', `${path}?${encodeURIComponent(`${f}[$ne]`)}=x`);
      }
      await expect400(editor.client, 'GET', `${path}?unknown=1`);
    }
    for (const bad of [
      'staleDays=',
      'page=0',
      'page=1e3',
      'pageSize=-1',
      'status=nope',
      'organisationId=abc',
    ])
      await expect400(editor.client, 'GET', `${FICHES}?${bad}`);
    await expect400(editor.client, 'GET', `${FICHES}/not-an-id`);
    await expect400(editor.client, 'GET', `${url}/revisions/0`);
    await expect400(editor.client, 'GET', `${url}/revisions/%7B%22%24gt%22%3A%22%22%7D`);
    // A search for text that looks like an operator is just text.
    expect((await editor.client.get(`${FICHES}?q=${encodeURIComponent('{"$gt":""}')}`)).status).toBe(200);
  });

  it('answers 400 to an operator in any field of a reader report', async () => {
    const reader = anonymousClient(app());
    const report = {
      kind: 'problem',
      ficheId: '0'.repeat(24),
      slug: 'carte-vitale',
      itemId: 'how-1',
      lang: 'fr',
      comment: 'Le lien ne marche pas',
      clientId: crypto.randomUUID(),
    };
    for (const [, bad] of poisoned(report)) await expect400(reader, 'POST', '/api/v1/feedback', bad);
    await expect400(reader, 'POST', '/api/v1/feedback', { ...report, kind: 'search_miss', query: OP });
    expect(await FeedbackModel.countDocuments()).toBe(0);
  });

  it('rejects unknown keys at any depth of the fiche content instead of dropping them silently', async () => {
    const editor = await signedIn(app(), ['editor']);
    const fiche = await createDraft(editor.client);
    const content = demarche();
    const res = await editor.client.put(`${FICHES}/${fiche.id}`, {
      revision: 1,
      content: {
        ...content,
        eligibility: { ...content.eligibility, price: { kind: 'free', amountEuros: 3 } },
      },
    });
    expect(res.status).toBe(400);
    expect(res.body.error.details.issues[0]).toMatchObject({
      path: 'content.eligibility.price',
      code: 'unrecognized_keys',
    });
  });
});
