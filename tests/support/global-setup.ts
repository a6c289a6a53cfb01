import { rm } from 'node:fs/promises';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildSiteOrThrow } from './build-site.ts';
import { serveStatic } from '../../src/lib/serve/static-server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The sample organisation's built site. */
    sampleDist: string;
    /** Where it is served, on 127.0.0.1. */
    sampleUrl: string;
  }
}

/** Builds the sample organisation once per run and serves it, for integration and browser tests. */
export default async function setup(project: TestProject) {
  const dist = await buildSiteOrThrow();
  const server = await serveStatic(dist);
  project.provide('sampleDist', dist);
  project.provide('sampleUrl', server.url);
  return async () => {
    await server.close();
    await rm(path.dirname(dist), { recursive: true, force: true });
  };
}
