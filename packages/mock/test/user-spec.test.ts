import type { ApiMeta } from '@sinch-numbers/fetch/meta';
import { describe, expect, it } from 'vitest';
import { buildMeta } from '../../fetch/src/codegen/meta.js';
import { createExamplesMock, createSandbox, SANDBOX_PROJECT_ID } from '../src/in-process/index.js';
import { newerNumbersDocument } from './newer-document.js';

type Json = Record<string, any>;

const document = newerNumbersDocument();
const meta = buildMeta(document) as unknown as ApiMeta;
const base = `https://numbers.test/v1/projects/${SANDBOX_PROJECT_ID}`;
const auth = { authorization: `Basic ${btoa('k:s')}` };

describe('createExamplesMock({ numbers: { meta, document } })', () => {
  const mock = createExamplesMock({ numbers: { meta, document } });

  it('serves the new operation from the document example', async () => {
    const response = await mock.fetch(`${base}/widgets/w1`, { headers: auth });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      widgetId: 'w-example',
      createdAt: '2026-05-01T08:00:00Z',
    });
  });

  it('checks requests against the newer metadata: the new parameter passes, a typo does not', async () => {
    const ok = await mock.fetch(`${base}/activeNumbers?nickname=desk`, { headers: auth });
    expect(ok.status).toBe(200);
    const typo = await mock.fetch(`${base}/activeNumbers?nicknme=desk`, { headers: auth });
    expect(typo.status).toBe(400);
    expect(JSON.stringify(await typo.json())).toMatch(/nicknme .*did you mean nickname/);
  });

  it('our mock does not know either', async () => {
    const ours = createExamplesMock();
    const newOp = await ours.fetch(`${base}/widgets/w1`, { headers: auth }).catch((e) => e);
    expect(newOp).toBeInstanceOf(TypeError);
    const param = await ours.fetch(`${base}/activeNumbers?nickname=desk`, { headers: auth });
    expect(param.status).toBe(400);
  });

  it('faults may name the new operation', async () => {
    mock.faults.add({
      operation: 'NumberService_GetWidget',
      fault: { type: 'status', status: 503 },
    });
    expect((await mock.fetch(`${base}/widgets/w1`, { headers: auth })).status).toBe(503);
  });
});

describe('createSandbox({ numbers: { meta, document } })', () => {
  it('keeps its state for known operations and answers new ones from the document', async () => {
    const sandbox = createSandbox({ numbers: { meta, document } });
    const list = await sandbox.fetch(`${base}/activeNumbers?nickname=desk&pageSize=1`, {
      headers: auth,
    });
    expect(list.status).toBe(200);
    const page = (await list.json()) as Json;
    expect(page.activeNumbers).toHaveLength(1);
    // The sandbox's own numbers, not an example.
    expect(sandbox.project().active.has(page.activeNumbers[0].phoneNumber)).toBe(true);
    const widget = await sandbox.fetch(`${base}/widgets/w1`, { headers: auth });
    expect(await widget.json()).toMatchObject({ widgetId: 'w-example' });
  });
});
