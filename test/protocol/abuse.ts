// What the robustness and load tests share: a fresh server per test, killed if it
// hangs, replies taken as results or error codes, and a check that it still works.

import * as assert from 'node:assert/strict';
import { sample } from '../unit/helpers/fixtures';
import { TestClient } from './client';

export const URI = 'file:///drafts/001.nos.txt';
export const NOWHERE = 'file:///drafts/nowhere.nos.txt';
export const ORIGIN = { line: 0, character: 0 };
export const ErrorCodes = { InvalidParams: -32602, MethodNotFound: -32601, RequestCancelled: -32800 };

export type Answer<T> = { result: T } | { code: number };

/** The result of a request, or the code of the error it got. */
export async function answer<T>(request: Promise<T>): Promise<Answer<T>> {
  try {
    return { result: await request };
  } catch (error) {
    return { code: (error as { code: number }).code };
  }
}

/** Starts a server before each test of the suite; the getter gives the current one. */
export function serverPerTest(): () => TestClient {
  let client: TestClient;
  beforeEach(async () => {
    client = new TestClient();
    await client.initialize();
  });
  // A server that hangs does not answer "shutdown": stop waiting and kill it.
  afterEach(async () => {
    await Promise.race([client.stop(), new Promise((done) => setTimeout(done, 2000))]);
    client.process.kill();
  });
  return () => client;
}

/** The server still answers, and answers right: draft 001 has its 5 misnumbered runs of items. */
export async function assertAnswering(client: TestClient): Promise<void> {
  const uri = 'file:///drafts/probe.nos.txt';
  await client.open(uri, sample('001'));
  const items = await client.diagnosticItems(uri);
  assert.equal(items.filter((d) => d.code === 'criteria-numbering').length, 5);
  await client.close(uri);
}
