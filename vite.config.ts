/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { offlinePlugin } from './scripts/offline-plugin';
import { CONTENT_SECURITY_POLICY, SECURITY_HEADERS } from './src/security-policy';

function contentSecurityPolicy(): Plugin {
  return {
    name: 'factmark-csp',
    apply: 'build',
    transformIndexHtml: html =>
      html.replace(
        '<meta charset="UTF-8" />',
        `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`,
      ),
  };
}

export default defineConfig({
  plugins: [react(), contentSecurityPolicy(), offlinePlugin()],
  server: { port: 5173, strictPort: true },
  // `npm start` (vite preview) sends the policy as a header too, with what only a header can say
  preview: { port: 5173, strictPort: true, headers: SECURITY_HEADERS },
  build: { target: 'es2022', sourcemap: true },
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    // the property tests run 1,000 cases each and share two cores with the other files:
    // 5 s was met alone but not always beside the claim-spotting evaluation
    testTimeout: 30_000,
    // Vitest runs one file at a time on two cores (cores - 1); both are the machine's to use
    maxWorkers: 2,
    // files share the modules they import (zod, compromise, the app's io) instead of each
    // importing them again: a quarter less CPU; tests clear the tables they use before each test
    isolate: false,
    environment: 'node',
    setupFiles: ['tests/unit/setup.ts'],
  },
});
